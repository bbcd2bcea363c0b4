using SupplierMeetups.Cluster;

namespace SupplierMeetups.Benchmarks.Cluster;

/// <summary>
/// Registrations per second and e-mail latency through nginx in front of two real instances on PostgreSQL and RabbitMQ
/// (the cluster of tests/SupplierMeetups.ClusterTests), once undisturbed and once with kill -9 of one instance a few
/// seconds in (restarted 10 s later, as a supervisor would). Latency: from the outbox row's creation, in the
/// registration's transaction, to the pickup file written. Needs SUPPLIERMEETUPS_TEST_POSTGRES and
/// SUPPLIERMEETUPS_TEST_RABBITMQ (see README.md); not part of the default set.
/// </summary>
internal sealed class ClusterBenchmark : IBenchmark
{
    private static readonly int Visitors = int.TryParse(Environment.GetEnvironmentVariable("SM_BENCH_CLUSTER_VISITORS"), out var n) ? n : 1000;
    private const int Clients = 8;

    public string Name => "cluster";

    public bool OnlyWhenNamed => true;

    public async Task<bool> RunAsync()
    {
        var ct = CancellationToken.None;
        await using var cluster = await SupplierMeetups.Cluster.Cluster.StartAsync(ClusterOptions.FromEnvironment(), TextWriter.Null, overrides: null, ct);
        var shape = new TrialShape
        {
            Clients = Clients,
            MaxVisitors = Visitors,
            Pause = TimeSpan.Zero,
            Before = TimeSpan.FromSeconds(3),
            After = TimeSpan.FromDays(1), // the load ends when every visitor is registered
            RecoveryDeadline = TimeSpan.FromSeconds(120),
        };
        var calm = await FaultTrial.RunAsync(cluster, "calm", _ => Task.CompletedTask, shape with { KeepProcess = [0, 1] }, ct);
        var killed = await FaultTrial.RunAsync(cluster, "kill", async token =>
        {
            await cluster.Instances[0].KillAsync();
            await Task.Delay(TimeSpan.FromSeconds(10), token);
            await cluster.Instances[0].StartAsync(token);
        }, shape with { KeepProcess = [1] }, ct);

        Console.WriteLine($"{Environment.ProcessorCount} cores; {Visitors:N0} visitors per run, {Clients} clients; nginx → 2 instances, PostgreSQL + RabbitMQ + pickup folder");
        Console.WriteLine("| run | registrations/s | e-mail latency median / 95th / worst | 503 answers | lost / doubled e-mails | other failures |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var (label, outcome) in new[] { ("no fault", calm), ("kill -9 of one instance", killed) })
        {
            var (median, p95, worst) = ClusterApi.Spread(outcome.Latencies);
            var other = outcome.Problems.Count(p => !p.StartsWith("lost", StringComparison.Ordinal) && !p.StartsWith("doubled", StringComparison.Ordinal) && !p.StartsWith("nginx", StringComparison.Ordinal) && !p.StartsWith("logs", StringComparison.Ordinal));
            Console.WriteLine($"| {label} | {outcome.Load.PerSecond:0.0} | {median:0.00} / {p95:0.00} / {worst:0.00} s | {outcome.Load.Tally.Count(503)} | {outcome.Mail.Lost.Count} / {outcome.Mail.Doubled.Count} | {other} |");
        }
        foreach (var problem in calm.Problems.Concat(killed.Problems).Where(p => !p.StartsWith("logs", StringComparison.Ordinal)).Take(20))
        {
            Console.WriteLine("problem: " + problem);
        }
        return calm.Passed && killed.Passed;
    }
}
