using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Platform.Documents;

namespace SupplierMeetups.Web.Matchmaking.Agendas;

/// <summary>Agendas as PDF through PDFsharp (the .ics files are <see cref="IcsCalendar"/>'s).</summary>
internal sealed class PdfAgendaDocuments : IAgendaDocuments
{
    public PdfAgendaDocuments(IOptions<DocumentsOptions> options)
    {
        PdfEngine.EnsureInitialized(options.Value);
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
