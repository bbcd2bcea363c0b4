using SupplierMeetups.Cluster;

namespace SupplierMeetups.ClusterTests;

/// <summary>One cluster for the whole pass (starting it costs ~20 s); every trial brings it back whole before it starts.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly StringWriter _log = new();

    public Cluster.Cluster Cluster { get; private set; } = null!;

    public TextWriter Log => TextWriter.Synchronized(_log);

    public async ValueTask InitializeAsync()
    {
        // Fails, never skips, when tests/run.sh did not hand over PostgreSQL and RabbitMQ.
        Cluster = await SupplierMeetups.Cluster.Cluster.StartAsync(ClusterOptions.FromEnvironment(), Log, overrides: null, TestContext.Current.CancellationToken);
    }

    public string TakeLog()
    {
        lock (_log)
        {
            var text = _log.ToString();
            _log.GetStringBuilder().Clear();
            return text;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Cluster is not null)
        {
            // Leave the services as tests/run.sh started them, whatever a failed trial left behind.
            try
            {
                await Cluster.EnsureServicesAsync(CancellationToken.None);
            }
            finally
            {
                await Cluster.DisposeAsync();
            }
        }
        _log.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
