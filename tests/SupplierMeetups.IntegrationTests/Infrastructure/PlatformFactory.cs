using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Infrastructure;

/// <summary>
/// The real web app with its own data folder and, on the PostgreSQL pass, its own database and the real
/// RabbitMQ. Nothing is faked: e-mails land as .eml files in the data folder's pickup directory.
/// </summary>
public class PlatformFactory : WebApplicationFactory<Program>
{
    public const string OrganizerEmail = "organizer@test.local";
    public const string Password = "Test!2025pw";

    private readonly Dictionary<string, string?> _settings;
    private readonly string? _postgresServer;
    private string? _postgresDatabase;
    private bool _ownsDatabase;

    public PlatformFactory() : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="overrides">Configuration on top of the test defaults.</param>
    /// <param name="postgresServer">A PostgreSQL server to use whatever the pass (clustering needs one); null follows the pass.</param>
    /// <param name="sharedDatabase">Another host's database to join, for tests of two instances.</param>
    protected PlatformFactory(Dictionary<string, string?> overrides, string? postgresServer = null, PlatformFactory? sharedDatabase = null)
    {
        _postgresServer = postgresServer ?? (TestEnvironment.UsePostgres ? TestEnvironment.PostgresServer : null);
        DataDirectory = sharedDatabase?.DataDirectory ?? Directory.CreateTempSubdirectory("sm-test-").FullName;
        _settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = DataDirectory,
            ["Identity:FirstOrganizer:Email"] = OrganizerEmail,
            ["Identity:FirstOrganizer:FullName"] = "Test Organizatörü",
            ["Identity:FirstOrganizer:Password"] = Password,
            ["Demo:Load"] = "false",
            // Tests bring the few capabilities they need; TaxonomyTests starts one host with the default taxonomy.
            ["Registration:SeedDefaultTaxonomy"] = "false",
            ["Jobs:SweepIntervalSeconds"] = "2",
            ["Email:SweepGraceSeconds"] = "1",
            ["Email:PublicBaseUrl"] = "http://localhost",
            ["Badges:TokenKey"] = sharedDatabase?._settings["Badges:TokenKey"] ?? Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            // Hosts that share a broker keep to their own queues.
            ["Messaging:QueuePrefix"] = $"t{Guid.NewGuid():N}"[..12] + "-",
        };
        if (_postgresServer is not null)
        {
            _ownsDatabase = sharedDatabase is null;
            _postgresDatabase = sharedDatabase?._postgresDatabase ?? CreatePostgresDatabase(_postgresServer);
            _settings["Database:Provider"] = "Postgres";
            _settings["Database:MigrateOnStartup"] = "true";
            _settings["ConnectionStrings:Default"] = PostgresConnectionString;
        }
        if (TestEnvironment.UsePostgres)
        {
            _settings["Messaging:Transport"] = "RabbitMq";
            _settings["ConnectionStrings:RabbitMq"] = TestEnvironment.RabbitMq;
        }
        // ~1,000 tests register and sign in from one address: the production limits would refuse them.
        foreach (var rule in SupplierMeetups.Web.Platform.RateLimiting.RateLimitOptions.RuleNames)
        {
            _settings[$"RateLimits:{rule}:PermitLimit"] = "1000000";
            _settings[$"RateLimits:{rule}:WindowSeconds"] = "60";
        }
        foreach (var (key, value) in overrides)
        {
            _settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    public string MailDirectory => Path.Combine(DataDirectory, "mail");

    public string? PostgresConnectionString => _postgresDatabase is null ? null : $"{_postgresServer};Database={_postgresDatabase}";

    /// <summary>The configuration this host runs with (for tests that start the app as a separate process).</summary>
    public IReadOnlyDictionary<string, string?> Settings => _settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>
    /// Creates a confirmed account with the given role and returns its e-mail. Organizers and door staff are enrolled
    /// in two-factor sign-in, as they must be, unless <paramref name="enrolTwoFactor"/> is false.
    /// </summary>
    public async Task<string> CreateUserAsync(string role, string? email = null, string fullName = "Test Kullanıcı", bool enrolTwoFactor = true)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = fullName };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, role);
        if (enrolTwoFactor && role is Roles.Organizer or Roles.Staff)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        return email;
    }

    /// <summary>
    /// The authenticator key of an account that signs in with two factors, enrolling an organizer or door staff member
    /// who is not yet (the first organizer, the demo's); null for an account that signs in with its password alone.
    /// </summary>
    public async Task<string?> TwoFactorKeyAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"no account {email}");
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            if (!await users.IsInRoleAsync(user, Roles.Organizer) && !await users.IsInRoleAsync(user, Roles.Staff))
            {
                return null;
            }
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        return await users.GetAuthenticatorKeyAsync(user);
    }

    public IReadOnlyList<string> MailFiles() =>
        Directory.Exists(MailDirectory) ? Directory.GetFiles(MailDirectory, "*.eml").Order(StringComparer.Ordinal).ToList() : [];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TryDelete();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TryDelete();
        GC.SuppressFinalize(this);
    }

    private void TryDelete()
    {
        if (!_ownsDatabase && _postgresServer is not null)
        {
            return; // the host whose database this is cleans up
        }
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        if (_postgresDatabase is { } name && _postgresServer is { } server)
        {
            _postgresDatabase = null;
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(server);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }

    private static string CreatePostgresDatabase(string server)
    {
        var name = $"sm_test_{Guid.NewGuid():N}";
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        create.ExecuteNonQuery();
        return name;
    }
}
