namespace SupplierMeetups.Cluster;

/// <summary>
/// What tests/run.sh hands the cluster: the PostgreSQL server and the RabbitMQ broker it started, and the fixed
/// ports for nginx and the two instances (below the ephemeral range, so that a restarted instance gets its port back).
/// Missing variables are an error, never a reason to skip: a cluster pass without its services must fail.
/// </summary>
public sealed record ClusterOptions(string PostgresServer, string RabbitMq, int BalancerPort, string RepositoryRoot, string Configuration)
{
    /// <summary>The balancer listens on this port, the instances on the next two.</summary>
    public const int DefaultBasePort = 15720;

    public IReadOnlyList<int> InstancePorts => [BalancerPort + 1, BalancerPort + 2];

    public static ClusterOptions FromEnvironment()
    {
        var basePort = Environment.GetEnvironmentVariable("SUPPLIERMEETUPS_CLUSTER_PORT") is { Length: > 0 } text
            ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture)
            : DefaultBasePort;
        return new ClusterOptions(
            Required("SUPPLIERMEETUPS_TEST_POSTGRES"),
            Required("SUPPLIERMEETUPS_TEST_RABBITMQ"),
            basePort,
            RepositoryRootOf(AppContext.BaseDirectory),
            AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug");
    }

    /// <summary>The web app as built by `dotnet build` of the solution, in the configuration of the caller.</summary>
    public string WebAssembly
    {
        get
        {
            var dll = Path.Combine(RepositoryRoot, "src", "SupplierMeetups.Web", "bin", Configuration, "net10.0", "SupplierMeetups.Web.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is missing: build the solution first (tests/run.sh does)");
        }
    }

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the cluster pass with tests/run.sh --pass 3, which starts PostgreSQL and RabbitMQ.");

    private static string RepositoryRootOf(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupplierMeetups.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no SupplierMeetups.sln above {start}");
    }
}
