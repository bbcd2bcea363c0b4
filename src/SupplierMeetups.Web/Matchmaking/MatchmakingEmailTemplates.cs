using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Matchmaking.PublishSchedule;
using SupplierMeetups.Web.Matchmaking.Reminders;
using SupplierMeetups.Web.Platform.Email.Templates;

namespace SupplierMeetups.Web.Matchmaking;

internal sealed class MatchmakingEmailTemplates(IStringLocalizer<SharedResource> l) : IEmailTemplateSource
{
    public IEnumerable<EmailTemplate> Templates() =>
    [
        new(AgendaNotices.ChangedKind, l["Agenda published or changed"], l["When the organizers publish the schedule, and whenever a firm's meetings change after that; to each firm whose agenda changed."],
            [l["The agenda (PDF)"], l["The agenda as a calendar file (.ics)"]],
            (services, language) => services.GetRequiredService<AgendaNotices>().Changed(EmailExamples.PersonName, EmailExamples.EventId, language)),
        new(AgendaNotices.CancelledKind, l["Meeting cancelled"], l["When a published meeting is cancelled; to both firms."], [],
            (services, language) => services.GetRequiredService<AgendaNotices>().Cancelled(EmailExamples.PersonName, "D1-04", EmailExamples.EventId, language)),
        new(AgendaReminders.Kind, l["Reminder the day before"], l["From 09:00 on the day before each meeting day; to each firm with meetings that day."],
            [l["The agenda (PDF)"], l["The agenda as a calendar file (.ics)"]],
            (services, language) => services.GetRequiredService<AgendaReminders>().Render(EmailExamples.EventId, EmailExamples.EventName(language), new DateOnly(2026, 5, 14), EmailExamples.PersonName, 9, language)),
    ];
}
