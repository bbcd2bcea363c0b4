using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Platform.Documents;

namespace SupplierMeetups.Web.Matchmaking.Agendas;

/// <summary>Agendas as PDF through PDFsharp, and as iCalendar text.</summary>
internal sealed class PdfAgendaDocuments : IAgendaDocuments
{
    private readonly TimeProvider time;

    public PdfAgendaDocuments(IOptions<DocumentsOptions> options, TimeProvider time)
    {
        PdfEngine.EnsureInitialized(options.Value);
        this.time = time;
    }

    public byte[] RenderFirmAgenda(FirmAgenda agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var labels = AgendaLabels.For(agenda.Language);
        AgendaColumn[] columns =
        [
            TimeColumn(labels),
            new(labels.Table, 85, meeting => meeting.Table, Bold: true),
            new(labels.Counterpart, 265, meeting => meeting.CounterpartName),
            BoothColumn(labels),
        ];
        return Render($"{labels.AgendaTitle} – {agenda.FirmName}", agenda.EventName, labels.AgendaTitle, agenda.FirmName, labels, columns, agenda.Days);
    }

    public byte[] RenderTableSheet(TableSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var labels = AgendaLabels.For(sheet.Language);
        AgendaColumn[] columns =
        [
            TimeColumn(labels),
            new(labels.Counterpart, 350, meeting => meeting.CounterpartName),
            BoothColumn(labels),
        ];
        var subject = $"{labels.Table}: {sheet.TableName}";
        return Render($"{labels.TableSheetTitle} – {sheet.TableName}", sheet.EventName, labels.TableSheetTitle, subject, labels, columns, sheet.Days);
    }

    public string RenderIcs(FirmAgenda agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var labels = AgendaLabels.For(agenda.Language);
        var entries = agenda.Days.SelectMany(day => day.Meetings).OrderBy(meeting => meeting.Start).Select(meeting => new IcsCalendar.Entry(
            $"{meeting.MeetingId:D}@suppliermeetups",
            meeting.Start,
            meeting.End,
            string.Format(labels.Culture, labels.MeetingSummary, meeting.CounterpartName),
            meeting.Table,
            string.IsNullOrWhiteSpace(meeting.CounterpartBooth)
                ? $"{agenda.EventName}\n{labels.Table}: {meeting.Table}"
                : $"{agenda.EventName}\n{labels.Table}: {meeting.Table}\n{labels.Booth}: {meeting.CounterpartBooth}"));
        return IcsCalendar.Write($"{agenda.EventName} – {agenda.FirmName}", time.GetUtcNow(), entries);
    }

    private static byte[] Render(string documentTitle, string eventName, string title, string subject,
        AgendaLabels labels, IReadOnlyList<AgendaColumn> columns, IReadOnlyList<AgendaDay> days)
    {
        using var document = PdfFiles.Create(documentTitle);
        new AgendaPageWriter(document, eventName, title, subject, labels, columns).Write(days);
        return PdfFiles.ToBytes(document);
    }

    private static AgendaColumn TimeColumn(AgendaLabels labels) =>
        new(labels.Time, 80, meeting => $"{meeting.Start:HH\\:mm}–{meeting.End:HH\\:mm}");

    private static AgendaColumn BoothColumn(AgendaLabels labels) =>
        new(labels.Booth, 85, meeting => meeting.CounterpartBooth ?? "–");
}
