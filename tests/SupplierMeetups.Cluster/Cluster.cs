using System.Net.Http.Headers;
using Npgsql;

namespace SupplierMeetups.Cluster;

/// <summary>
/// Two real processes of the web app on one fresh PostgreSQL database and the RabbitMQ broker, with nginx in front.
/// Both instances share one data folder, as the instances of deploy/compose.yaml share their volume: the
/// data-protection key ring (so a token from one is valid on the other) and the pickup folder the e-mails land in.
/// </summary>
public sealed class Cluster : IAsyncDisposable
{
    public const string OrganizerEmail = "organizer@cluster.test";
    public const string Password = "Cluster!2025pw";

    private readonly ClusterOptions _options;
    private readonly string _database;
    private readonly PickupWatcher _watcher;

    private Cluster(ClusterOptions options, string directory, string database, TextWriter log)
    {
        _options = options;
        Directory = directory;
        _database = database;
        Log = log;
        DataDirectory = System.IO.Directory.CreateDirectory(Path.Combine(directory, "data")).FullName;
        var pickup = Path.Combine(DataDirectory, "mail");
        _watcher = new PickupWatcher(pickup);
        Mail = new MailLedger(ConnectionString, pickup, _watcher);
        Services = new ServiceScripts(options.RepositoryRoot, log);
    }

    public string Directory { get; }

    public string DataDirectory { get; }

    public TextWriter Log { get; }

    public string ConnectionString => $"{_options.PostgresServer};Database={_database}";

    public IReadOnlyList<AppInstance> Instances { get; private set; } = [];

    public Balancer Balancer { get; private set; } = null!;

    public MailLedger Mail { get; }

    public ServiceScripts Services { get; }

    /// <summary>
    /// Starts the cluster. <paramref name="overrides"/> adds or replaces app settings (configuration keys with ':'), e.g.
    /// the rate limits that tests must raise.
    /// </summary>
    public static async Task<Cluster> StartAsync(ClusterOptions options, TextWriter log, IReadOnlyDictionary<string, string>? overrides, CancellationToken ct)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("sm-cluster-").FullName;
        var database = $"sm_cluster_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(options.PostgresServer))
        {
            await connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
        var cluster = new Cluster(options, directory, database, log);
        try
        {
            await cluster.LaunchAsync(overrides ?? new Dictionary<string, string>(), ct);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The app's configuration for every instance; one place to extend (RateLimits, 2FA, ...).</summary>
    private Dictionary<string, string> Settings(IReadOnlyDictionary<string, string> overrides)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true",
            ["Storage:DataDirectory"] = DataDirectory,
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Default"] = ConnectionString,
            // The first instance migrates the fresh database before the second starts.
            ["Database:MigrateOnStartup"] = "true",
            ["Messaging:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = _options.RabbitMq,
            // Both instances consume the same queues, apart from any other test host on the broker.
            ["Messaging:QueuePrefix"] = $"c{_database[^8..]}-",
            ["Email:Delivery"] = "Pickup",
            ["Email:PublicBaseUrl"] = $"http://127.0.0.1:{_options.BalancerPort}",
            // Short sweeps and claims so that recovery after a fault is within the trials' deadline.
            ["Jobs:SweepIntervalSeconds"] = "5",
            ["Email:SweepGraceSeconds"] = "5",
            ["Email:ClaimSeconds"] = "20",
            ["Identity:FirstOrganizer:Email"] = OrganizerEmail,
            ["Identity:FirstOrganizer:FullName"] = "Küme Organizatörü",
            ["Identity:FirstOrganizer:Password"] = Password,
            ["Badges:TokenKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            // The trials load the cluster from one address: the limits stay on, but far above the load.
            ["RateLimits:SignIn:PermitLimit"] = "1000000",
            ["RateLimits:Registration:PermitLimit"] = "1000000",
            ["RateLimits:PasswordReset:PermitLimit"] = "1000000",
            ["RateLimits:PasswordResetPerMailbox:PermitLimit"] = "1000000",
            ["RateLimits:VisitorSignUp:PermitLimit"] = "1000000",
            ["RateLimits:MeetingRequests:PermitLimit"] = "1000000",
            ["RateLimits:Email:PermitLimit"] = "1000000",
            // Faults are tried here; two-factor sign-in is tried by the integration tests.
            ["Identity:TwoFactor:Enforce"] = "false",
            // nginx listens on plain HTTP on loopback here; in deploy/ it terminates TLS, and the cookies say Secure.
            ["Identity:SecureCookies"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }
        return settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
    }

    private async Task LaunchAsync(IReadOnlyDictionary<string, string> overrides, CancellationToken ct)
    {
        var environment = Settings(overrides);
        var dll = _options.WebAssembly;
        Instances = _options.InstancePorts
            .Select((port, i) => new AppInstance($"web{i + 1}", port, dll, environment, Path.Combine(Directory, $"web{i + 1}.log")))
            .ToList();
        // One after the other: the first migrates and seeds, and writes the key ring the second then reads.
        foreach (var instance in Instances)
        {
            await instance.StartAsync(ct);
        }
        Balancer = await Balancer.StartAsync(System.IO.Directory.CreateDirectory(Path.Combine(Directory, "nginx")).FullName,
            _options.BalancerPort, _options.InstancePorts, ct);
        Log.WriteLine($"[cluster] nginx {Balancer.BaseUrl} -> {string.Join(", ", Instances.Select(i => i.BaseUrl))}; data {DataDirectory}; database {_database}");
    }

    /// <summary>A client of the balancer (or of one instance), in a language, without following redirects.</summary>
    public HttpClient Client(string language = "tr-TR", string? baseUrl = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = new Uri(baseUrl ?? Balancer.BaseUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    /// <summary>
    /// Signs in through POST /api/v1/auth/login and returns a client sending the bearer token. The one place that knows
    /// how to sign in, so that a second factor for organizers is added here only.
    /// </summary>
    public async Task<HttpClient> SignedInAsync(string email, string password, CancellationToken ct)
    {
        var client = Client();
        using var response = await client.PostAsync("/api/v1/auth/login",
            System.Net.Http.Json.JsonContent.Create(new { email, password }), ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"sign-in of {email} answered {(int)response.StatusCode}: {body}");
        }
        var token = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// Brings every part back if a trial left one down (the broker, PostgreSQL, a killed instance) and waits until both
    /// instances answer /health, so that each trial starts from a whole cluster.
    /// </summary>
    public async Task EnsureWholeAsync(CancellationToken ct)
    {
        await EnsureServicesAsync(ct);
        foreach (var instance in Instances)
        {
            await instance.StartAsync(ct);
        }
        await WaitUntilHealthyAsync(TimeSpan.FromSeconds(60), ct);
    }

    /// <summary>Starts PostgreSQL and RabbitMQ again if a trial left them stopped.</summary>
    public async Task EnsureServicesAsync(CancellationToken ct)
    {
        // The scripts are slow even when their server runs (rabbitmqctl boots an Erlang VM): ask them only when the port is closed.
        if (!await Listens(new NpgsqlConnectionStringBuilder(_options.PostgresServer).Port, ct))
        {
            await Services.StartPostgresAsync(ct);
        }
        if (!await Listens(new Uri(_options.RabbitMq).Port, ct))
        {
            await Services.StartBrokerAsync(ct);
        }
    }

    private static async Task<bool> Listens(int port, CancellationToken ct)
    {
        try
        {
            using var client = new System.Net.Sockets.TcpClient();
            await client.ConnectAsync("127.0.0.1", port, ct);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    /// <summary>Waits until every instance answers /health; false if one does not in time.</summary>
    public async Task<bool> WaitUntilHealthyAsync(TimeSpan timeout, CancellationToken ct)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            var healthy = true;
            foreach (var instance in Instances)
            {
                healthy &= instance.IsRunning && await instance.IsHealthyAsync(ct);
            }
            if (healthy) return true;
            await Task.Delay(500, ct);
        }
        return false;
    }

    public string LogTails(int lines = 40) =>
        string.Join("\n", Instances.Select(i => $"==== {i.Name} (last {lines} lines)\n{i.LogTail(lines)}"));

    public async ValueTask DisposeAsync()
    {
        if (Balancer is not null)
        {
            await Balancer.DisposeAsync();
        }
        foreach (var instance in Instances)
        {
            await instance.DisposeAsync();
        }
        _watcher.Dispose();
        try
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_options.PostgresServer);
            await connection.OpenAsync(CancellationToken.None);
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException e)
        {
            Log.WriteLine($"[cluster] could not drop {_database}: {e.Message}");
        }
        if (Environment.GetEnvironmentVariable("SUPPLIERMEETUPS_CLUSTER_KEEP") != "1")
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
        else
        {
            Log.WriteLine($"[cluster] kept {Directory}");
        }
    }
}
