using SupplierMeetups.Web.Matchmaking.Agendas.ShowAgenda;
using SupplierMeetups.Web.Platform.Documents;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Matchmaking.Agendas;

/// <summary>A firm's published agenda, by participation id, as the PDF and the .ics file its e-mails carry.</summary>
internal sealed class AgendaFiles(IParticipantFirms firms, Participants participants, AgendaQuery agendas, IAgendaDocuments documents, AgendaCalendar calendar, TimeProvider clock)
{
    public async Task<Agenda?> LoadAsync(Guid participationId, CancellationToken cancellationToken)
    {
        var eventId = await firms.EventOfAsync(participationId, cancellationToken);
        if (eventId is null || (await participants.ManyAsync(eventId.Value, [participationId], cancellationToken)).GetValueOrDefault(participationId) is not { } firm)
        {
            return null;
        }
        return await agendas.ForFirmAsync(eventId.Value, firm, cancellationToken);
    }

    public byte[] Pdf(Agenda agenda, string language)
    {
        var days = agenda.Items.GroupBy(i => i.Date).OrderBy(g => g.Key).Select(day => new AgendaDay(day.Key, day.Select(i => new AgendaMeeting(
            i.RequestId,
            agenda.Event.AtVenue(i.Date, i.Start),
            agenda.Event.AtVenue(i.Date, i.End),
            i.Table,
            i.Counterpart,
            i.CounterpartBooth)).ToList())).ToList();
        var documentLanguage = language == "en" ? DocumentLanguage.English : DocumentLanguage.Turkish;
        return documents.RenderFirmAgenda(new FirmAgenda(agenda.Event.Name(language), documentLanguage, agenda.Firm.ShortName, days));
    }

    public byte[] Ics(Agenda agenda, string language) =>
        System.Text.Encoding.UTF8.GetBytes(LanguageOf.In(language, () => calendar.Write(agenda, clock.GetUtcNow())));
}

internal sealed class AgendaPdfAttachment(AgendaFiles files) : IEmailAttachmentSource
{
    public const string AttachmentKind = "agenda-pdf";

    public string Kind => AttachmentKind;

    public async Task<EmailAttachmentContent?> LoadAsync(Guid referenceId, string language, CancellationToken cancellationToken) =>
        await files.LoadAsync(referenceId, cancellationToken) is { } agenda ? new EmailAttachmentContent(files.Pdf(agenda, language), "application/pdf") : null;
}

internal sealed class AgendaIcsAttachment(AgendaFiles files) : IEmailAttachmentSource
{
    public const string AttachmentKind = "agenda-ics";

    public string Kind => AttachmentKind;

    public async Task<EmailAttachmentContent?> LoadAsync(Guid referenceId, string language, CancellationToken cancellationToken) =>
        await files.LoadAsync(referenceId, cancellationToken) is { } agenda ? new EmailAttachmentContent(files.Ics(agenda, language), "text/calendar") : null;
}
