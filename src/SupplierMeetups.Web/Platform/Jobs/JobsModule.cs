using Quartz;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Platform.Jobs;

internal static class JobsModule
{
    /// <summary>Quartz on a persistent store in the platform's own database; clustered on PostgreSQL so that each job runs once across instances.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        var sweepSeconds = configuration.GetValue("Jobs:SweepIntervalSeconds", 30);
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "suppliermeetups";
                o.GenerateInstanceId = true;
            });
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(database.ConnectionString);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(10);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(20);
                    });
                }
                else
                {
                    store.UseSqlite(database.ConnectionString);
                }
            });
            q.AddJob(typeof(EmailSweepJob), j => j.WithIdentity(EmailSweepJob.Key).StoreDurably());
            q.AddTrigger(t => t
                .ForJob(EmailSweepJob.Key)
                .WithIdentity("email-sweep-trigger", "platform")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(sweepSeconds)).RepeatForever()));
        });
        if (configuration.GetValue("Jobs:Enabled", true))
        {
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }
        return services;
    }
}
