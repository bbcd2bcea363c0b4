using SupplierMeetups.Benchmarks;

// `dotnet run -c Release --project tests/SupplierMeetups.Benchmarks -- [NAME ...]`: runs the named
// benchmarks (all but the ones that need services when none is named) and prints their figures. Each benchmark is its own class.
IBenchmark[] all = BenchmarkCatalog.All();
var chosen = args.Length == 0 ? all.Where(b => !b.OnlyWhenNamed).ToArray() : all.Where(b => args.Contains(b.Name, StringComparer.OrdinalIgnoreCase)).ToArray();
if (chosen.Length == 0)
{
    Console.Error.WriteLine($"unknown benchmark; known: {string.Join(", ", all.Select(b => b.Name))}");
    return 2;
}
var failed = 0;
foreach (var benchmark in chosen)
{
    Console.WriteLine($"== {benchmark.Name}");
    if (!await benchmark.RunAsync()) failed++;
}
return failed == 0 ? 0 : 1;
