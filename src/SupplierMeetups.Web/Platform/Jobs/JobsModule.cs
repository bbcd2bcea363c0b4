using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Platform.Jobs;

internal static class JobsModule
{
    public const string DashboardPath = "/organizer/jobs";

    /// <summary>
    /// Hangfire runs the background work. On PostgreSQL its storage is the schema <c>hangfire</c> of the product's
    /// database, shared by every instance (each recurring occurrence runs once). On the embedded default it is in
    /// memory: the outbox rows and the guards on each row are the truth, and recurring jobs are registered again at
    /// every start, so a restart loses only the dashboard's history.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        var options = JobsOptions.From(configuration);
        services.AddSingleton(options);
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>())));
        // Jobs run in this host's services, not in Hangfire's process-wide JobActivator.Current (the last host configured).
        services.AddSingleton<JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        // One storage per host, not Hangfire's static JobStorage.Current: test processes run several hosts at once.
        services.AddSingleton<JobStorage>(_ => database.Provider == DatabaseProvider.Postgres
            ? new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, new PostgreSqlStorageOptions()), new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                PrepareSchemaIfNecessary = true,
                EnableTransactionScopeEnlistment = true,
                EnableLongPolling = true,
                // A lock row left by an instance that died (the recurring scheduler takes one per trigger, every second
                // in tests) blocks that job on every instance until it expires: 20 s, not the default 10 min. Hangfire's
                // own locks here are held for a trigger or a state change; the jobs keep no lock while they run.
                DistributedLockTimeout = TimeSpan.FromSeconds(20),
            })
            : new InMemoryStorage(new InMemoryStorageOptions()));
        services.AddRecurringJob<EmailSweepJob>("email-sweep", options.SweepCron, j => j.RunAsync(CancellationToken.None));
        services.AddRecurringJob<EmailRetention>("email-retention", "15 3 * * *", j => j.RunAsync(CancellationToken.None));
        if (options.Enabled)
        {
            services.AddHangfireServer(server =>
            {
                server.WorkerCount = options.WorkerCount;
                // The recurring scheduler looks this often; the sweep interval is short in tests.
                server.SchedulePollingInterval = TimeSpan.FromSeconds(Math.Clamp(options.SweepIntervalSeconds / 2, 1, 15));
                server.Queues = ["default"];
            });
            services.AddHostedService<RecurringJobsRegistration>();
        }
        return services;
    }
}
