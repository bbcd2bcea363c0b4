using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Matchmaking.Agendas;
using SupplierMeetups.Web.Platform.Documents;

namespace SupplierMeetups.UnitTests.Matchmaking;

/// <summary>Valid defaults for agenda tests: the Konya fair, Turkish, meetings in Turkey's time (UTC+3).</summary>
internal static class AgendaBuilders
{
    public const string EventName = "Konya Savunma Sanayi Tedarikçi Buluşmaları";
    private static readonly TimeSpan Turkey = TimeSpan.FromHours(3);

    public static AgendaMeeting Meeting(int day, int hour, int minute, string counterpart, string? booth = "B-07", string table = "Masa 12", Guid? id = null) =>
        new(id ?? Guid.NewGuid(),
            new DateTimeOffset(2025, 11, day, hour, minute, 0, Turkey),
            new DateTimeOffset(2025, 11, day, hour, minute, 0, Turkey).AddMinutes(30),
            table, counterpart, booth);

    public static FirmAgenda Agenda(DocumentLanguage language = DocumentLanguage.Turkish) => new(
        EventName,
        language,
        "İŞBİR Elektrik",
        [
            new AgendaDay(new DateOnly(2025, 11, 5),
            [
                Meeting(5, 10, 0, "ASELSAN Elektronik Sanayi"),
                Meeting(5, 10, 30, "Roketsan", booth: null, table: "Masa 3"),
            ]),
            new AgendaDay(new DateOnly(2025, 11, 6),
            [
                Meeting(6, 14, 0, "Ağır Sanayi Şirketi", booth: "C-21", table: "Masa 7"),
            ]),
        ]);

    /// <summary>Enough meetings over three days to need several A4 pages.</summary>
    public static FirmAgenda LongAgenda() => Agenda() with
    {
        Days = Enumerable.Range(5, 3).Select(day => new AgendaDay(new DateOnly(2025, 11, day),
            Enumerable.Range(0, 20).Select(slot => Meeting(day, 9 + slot / 2, slot % 2 * 30, $"Tedarikçi Firma {day}-{slot:00} Çelik Döküm")).ToList())).ToList(),
    };

    public static PdfAgendaDocuments Renderer() => new(Options.Create(new DocumentsOptions()));
}
