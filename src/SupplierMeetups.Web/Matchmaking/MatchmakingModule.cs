using Microsoft.Extensions.DependencyInjection.Extensions;
using SupplierMeetups.Web.Matchmaking.AdjustSchedule;
using SupplierMeetups.Web.Matchmaking.Agendas;
using SupplierMeetups.Web.Matchmaking.AnswerRequest;
using SupplierMeetups.Web.Matchmaking.Availability;
using SupplierMeetups.Web.Matchmaking.DraftSchedule;
using SupplierMeetups.Web.Matchmaking.PublishSchedule;
using SupplierMeetups.Web.Matchmaking.RequestMeeting;
using SupplierMeetups.Web.Platform.Jobs;

namespace SupplierMeetups.Web.Matchmaking;

internal static class MatchmakingModule
{
    public static IServiceCollection AddMatchmakingModule(this IServiceCollection services, IConfiguration configuration)
    {
        var scheduling = new DraftSchedule.SchedulingOptions();
        configuration.GetSection("Matchmaking").Bind(scheduling);
        services.AddSingleton(scheduling);
        services.AddScoped<Participants>();
        services.AddScoped<Contracts.IMatchmakingDemoData, MatchmakingDemo>();
        services.AddScoped<Contracts.IMatchmakingUpcomingDemo, MatchmakingUpcomingDemo>();
        services.AddScoped<MeetingRequestService>();
        services.AddScoped<MeetingRequestEmails>();
        services.AddScoped<MeetingRequestNotices>();
        services.AddScoped<ExpireRequests.RequestExpiries>();
        services.AddScoped<AnswerRequestService>();
        services.AddScoped<AvailabilityService>();
        services.AddScoped<AgendaNotices>();
        services.AddScoped<ScheduleDrafter>();
        services.AddScoped<ScheduleReview>();
        services.AddScoped<ScheduleAdjuster>();
        services.AddScoped<MeetingChoices>();
        services.AddScoped<SchedulePublisher>();
        services.AddScoped<AgendaQuery>();
        services.AddScoped<Needs.Recommendations>();
        services.AddScoped<Needs.NeedEditor>();
        services.AddScoped<Registration.Contracts.ICapabilityUsage, Needs.NeedCapabilityUsage>();
        services.AddScoped<Outcomes.OutcomeService>();
        services.AddScoped<Settings.MatchmakingRules>();
        services.AddScoped<Contracts.IMeetingOutcomes, Outcomes.MeetingOutcomeSource>();
        services.AddScoped<Contracts.ITableMeetings, Outcomes.TableMeetingSource>();
        services.AddScoped<Catalog.CatalogSearch>();
        services.AddScoped<Agendas.ShowAgenda.AgendaCalendar>();
        services.AddScoped<Agendas.AgendaFiles>();
        // Stateless and thread-safe: one renderer for the whole host.
        services.TryAddSingleton<IAgendaDocuments, PdfAgendaDocuments>();
        services.AddScoped<Reminders.AgendaReminders>();
        services.AddScoped<Platform.Email.Templates.IEmailTemplateSource, MatchmakingEmailTemplates>();
        services.AddRecurringJob<Reminders.AgendaReminderJob>(Reminders.AgendaReminderJob.Id, "5 * * * *", j => j.RunAsync(CancellationToken.None));
        services.AddRecurringJob<ExpireRequests.RequestExpiryJob>(ExpireRequests.RequestExpiryJob.Id, "*/5 * * * *", j => j.RunAsync(CancellationToken.None));
        services.AddScoped<Platform.Email.IEmailAttachmentSource, Agendas.AgendaPdfAttachment>();
        services.AddScoped<Platform.Email.IEmailAttachmentSource, Agendas.AgendaIcsAttachment>();
        return services;
    }
}
