using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Email;

namespace SupplierMeetups.Web.Platform.Persistence;

internal static class PersistenceModule
{
    public static IServiceCollection AddPersistence(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(database);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresAppDbContext>((sp, o) => AddInterceptors(sp, o.UseNpgsql(database.ConnectionString)));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteAppDbContext>((sp, o) => AddInterceptors(sp, o.UseSqlite(database.ConnectionString).AddInterceptors(SqliteBusyTimeout.Instance)));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
        }
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    // The outbox signal exists only in hosts that send e-mail (the web app, not the migrate command).
    private static void AddInterceptors(IServiceProvider services, DbContextOptionsBuilder options)
    {
        options.AddInterceptors(Audit.AuditEntryGuard.Instance);
        if (services.GetService<EmailOutboxSignal>() is { } signal)
        {
            options.AddInterceptors(signal);
        }
    }

    /// <summary>SQLite migrates itself at start-up; PostgreSQL is migrated by `suppliermeetups migrate` (or when told to).</summary>
    public static async Task MigrateIfConfiguredAsync(this IServiceProvider services, IConfiguration configuration)
    {
        var database = services.GetRequiredService<DatabaseOptions>();
        if (database.Provider == DatabaseProvider.Sqlite || configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.MigrateAsync();
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                // Write-ahead logging lets pages and the e-mail dispatcher read while a registration writes;
                // in the default rollback journal every reader blocks every writer. The mode stays with the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }
        }
    }
}
