using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SupplierMeetups.Benchmarks;

/// <summary>The web app in process on SQLite, with the demo event loaded into <paramref name="dataDirectory"/>.</summary>
// Any public type of the web assembly names its entry point; this project has a Program of its own.
internal sealed class DemoHost(string dataDirectory) : WebApplicationFactory<SupplierMeetups.Web.Events.EventStore>
{
    public string DataDirectory => dataDirectory;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        // The factory's own guess (solution folder + assembly name) misses src/; name the web project's folder.
        builder.UseContentRoot(Path.Combine(Scheduling.SchedulingBenchmark.RepositoryRoot(), "src", "SupplierMeetups.Web"));
        builder.UseSetting("Storage:DataDirectory", dataDirectory);
        builder.UseSetting("Demo:Load", "true");
        builder.UseSetting("Demo:AllowOutsideDevelopment", "true");
        builder.UseSetting("Badges:TokenKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("Identity:FirstOrganizer:Email", "organizer@demo.local");
        builder.UseSetting("Identity:FirstOrganizer:Password", "Konya!Demo2025");
        // The benchmarks sign the organizer in by program, without an authenticator.
        builder.UseSetting("Identity:TwoFactor:Enforce", "false");
        // The in-process test server speaks plain HTTP: Secure-only cookies would never come back.
        builder.UseSetting("Identity:SecureCookies", "false");
        foreach (var rule in SupplierMeetups.Web.Platform.RateLimiting.RateLimitOptions.RuleNames)
        {
            builder.UseSetting($"RateLimits:{rule}:PermitLimit", "1000000");
        }
        builder.UseSetting("Identity:FirstOrganizer:FullName", "Ayşe Organizatör");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>Deletes a benchmark's data folder; a file still held open only leaves litter in /tmp.</summary>
    public static void DeleteData(string dataDirectory)
    {
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
