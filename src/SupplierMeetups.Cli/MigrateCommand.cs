using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Storage;

namespace SupplierMeetups.Cli;

/// <summary>
/// `suppliermeetups migrate`: applies the migrations of the configured database (environment variables as
/// the web app reads them, e.g. Database__Provider and ConnectionStrings__Default, or --provider/--connection).
/// Starts no host: no bus, no scheduler.
/// </summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var switches = new Dictionary<string, string>
        {
            ["--provider"] = "Database:Provider",
            ["--connection"] = "ConnectionStrings:Default",
            ["--data"] = "Storage:DataDirectory",
        };
        IConfiguration configuration;
        try
        {
            configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args, switches).Build();
        }
        catch (FormatException ex)
        {
            Console.Error.WriteLine($"migrate: {ex.Message}");
            return 2;
        }
        DatabaseOptions database;
        try
        {
            database = DatabaseOptions.From(configuration, StorageOptions.From(configuration).Root);
        }
        catch (InvalidOperationException ex)
        {
            Console.Error.WriteLine($"migrate: {ex.Message}");
            return 2;
        }

        await using AppDbContext db = database.Provider == DatabaseProvider.Postgres
            ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(database.ConnectionString).Options)
            : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(database.ConnectionString).Options);
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            await db.Database.MigrateAsync();
            Console.Error.WriteLine($"migrate: {database.Provider} is up to date ({pending.Count} migration(s) applied: {string.Join(", ", pending)})");
            return 0;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            Console.Error.WriteLine($"migrate: {database.Provider}: {ex.Message}");
            return 1;
        }
    }
}
