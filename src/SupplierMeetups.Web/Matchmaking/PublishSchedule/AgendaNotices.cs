using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Matchmaking.PublishSchedule;

/// <summary>Tells the firms whose agenda changed, in their language, in the caller's unit of work.</summary>
public sealed class AgendaNotices(Participants participants, EmailOutbox outbox, EmailOptions options, IStringLocalizer<SharedResource> l)
{
    public async Task AddChangedAsync(Guid eventId, IReadOnlyCollection<Guid> participationIds, CancellationToken cancellationToken)
    {
        var contacts = await participants.ContactsAsync(participationIds, cancellationToken);
        foreach (var (participationId, (email, name, language)) in contacts)
        {
            // The agenda is attached as it stands when the e-mail leaves: a later change sends its own e-mail.
            outbox.Add(email, name, Changed(name, eventId, language), EmailKind.AgendaChanged, language,
                new EmailAttachment { Kind = Agendas.AgendaPdfAttachment.AttachmentKind, ReferenceId = participationId, FileName = "agenda.pdf" },
                new EmailAttachment { Kind = Agendas.AgendaIcsAttachment.AttachmentKind, ReferenceId = participationId, FileName = "agenda.ics" });
        }
    }

    public async Task AddCancelledAsync(Guid eventId, MeetingRequest request, string slot, CancellationToken cancellationToken)
    {
        var contacts = await participants.ContactsAsync([request.PrimeId, request.SupplierId], cancellationToken);
        foreach (var (email, name, language) in contacts.Values)
        {
            outbox.Add(email, name, Cancelled(name, slot, eventId, language), EmailKind.MeetingCancelled, language);
        }
    }

    public RenderedEmail Changed(string name, Guid eventId, string language) => LanguageOf.In(language, () => Render(
        l["Your meeting agenda has changed"],
        l["Hello {0},", name],
        l["The organizers have published your meetings. Your agenda is attached as a PDF and as a calendar file."],
        eventId));

    public RenderedEmail Cancelled(string name, string slot, Guid eventId, string language) => LanguageOf.In(language, () => Render(
        l["A meeting was cancelled"],
        l["Hello {0},", name],
        l["Your meeting in slot {0} was cancelled. Please check your agenda.", slot],
        eventId));

    private RenderedEmail Render(string subject, string greeting, string body, Guid eventId)
    {
        var link = $"{options.PublicBaseUrl}/events/{eventId}/agenda";
        var action = l["Open my agenda"];
        return EmailLayout.Compose(subject, greeting, [body], action, link);
    }
}
