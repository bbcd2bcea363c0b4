using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Matchmaking.PublishSchedule;
using SupplierMeetups.Web.Matchmaking.Reminders;
using SupplierMeetups.Web.Matchmaking.RequestMeeting;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Email.Templates;

namespace SupplierMeetups.Web.Matchmaking;

internal sealed class MatchmakingEmailTemplates(IStringLocalizer<SharedResource> l) : IEmailTemplateSource
{
    public IEnumerable<EmailTemplate> Templates() =>
    [
        new(EmailKind.MeetingRequestReceived, l["Meeting request received"], l["When a firm asks for a meeting; to the asked firm, with the priority, the note and the deadline."], [],
            (services, language) => Requests(services).Received(language, EmailExamples.PersonName, EmailExamples.Prime, EmailExamples.EventName(language), Priorities.Must,
                language == "en" ? "We are looking for cable harness suppliers." : "Kablo demeti tedarikçileri arıyoruz.", new DateTimeOffset(2026, 5, 10, 18, 0, 0, TimeSpan.FromHours(3)), EmailExamples.EventId)),
        new(EmailKind.MeetingRequestAccepted, l["Meeting request accepted"], l["When the asked firm accepts; to the firm that asked."], [],
            (services, language) => Requests(services).Accepted(language, EmailExamples.PersonName, EmailExamples.Firm, EmailExamples.EventName(language), Priorities.Should, EmailExamples.EventId)),
        new(EmailKind.MeetingRequestDeclined, l["Meeting request declined"], l["When the asked firm declines, with its reason; to the firm that asked."], [],
            (services, language) => Requests(services).Declined(language, EmailExamples.PersonName, EmailExamples.Firm, EmailExamples.EventName(language), Priorities.Should, EmailExamples.Reason(language), EmailExamples.EventId)),
        new(EmailKind.MeetingRequestExpired, l["Meeting request expired"], l["When a request was not answered in time; to both firms (the example is the one to the firm that asked)."], [],
            (services, language) => Requests(services).ExpiredToRequester(language, EmailExamples.PersonName, EmailExamples.Firm, EmailExamples.EventName(language), Priorities.Nice, EmailExamples.EventId)),
        new(EmailKind.AgendaChanged, l["Agenda published or changed"], l["When the organizers publish the schedule, and whenever a firm's meetings change after that; to each firm whose agenda changed."],
            [l["The agenda (PDF)"], l["The agenda as a calendar file (.ics)"]],
            (services, language) => services.GetRequiredService<AgendaNotices>().Changed(EmailExamples.PersonName, EmailExamples.EventId, language)),
        new(EmailKind.MeetingCancelled, l["Meeting cancelled"], l["When a published meeting is cancelled; to both firms."], [],
            (services, language) => services.GetRequiredService<AgendaNotices>().Cancelled(EmailExamples.PersonName, "D1-04", EmailExamples.EventId, language)),
        new(EmailKind.AgendaReminder, l["Reminder the day before"], l["From 09:00 on the day before each meeting day; to each firm with meetings that day."],
            [l["The agenda (PDF)"], l["The agenda as a calendar file (.ics)"]],
            (services, language) => services.GetRequiredService<AgendaReminders>().Render(EmailExamples.EventId, EmailExamples.EventName(language), new DateOnly(2026, 5, 14), EmailExamples.PersonName, 9, language)),
    ];

    private static MeetingRequestEmails Requests(IServiceProvider services) => services.GetRequiredService<MeetingRequestEmails>();
}
