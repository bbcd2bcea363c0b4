namespace SupplierMeetups.Benchmarks;

/// <summary>A benchmark prints its figures and says whether they met the targets.</summary>
internal interface IBenchmark
{
    string Name { get; }
    Task<bool> RunAsync();

    /// <summary>Runs only when named, e.g. because it needs PostgreSQL and RabbitMQ started first.</summary>
    bool OnlyWhenNamed => false;
}
