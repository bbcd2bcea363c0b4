using System.Text.RegularExpressions;
using SupplierMeetups.UnitTests.Support;
using SupplierMeetups.Web.Matchmaking.Agendas;
using SupplierMeetups.Web.Platform.Documents;
using Xunit;

namespace SupplierMeetups.UnitTests.Matchmaking;

public sealed partial class AgendaDocumentTests : IDisposable
{
    private readonly PdfInspector pdf = new();
    private readonly PdfAgendaDocuments renderer = AgendaBuilders.Renderer();

    [Fact]
    public async Task RenderFirmAgenda_WhenTurkish_PrintsTurkishLabelsAndCounterparts()
    {
        var text = await pdf.TextAsync(renderer.RenderFirmAgenda(AgendaBuilders.Agenda()));

        foreach (var expected in new[]
                 {
                     AgendaBuilders.EventName, "Görüşme Ajandası", "İŞBİR Elektrik", "Saat", "Masa", "Görüşülecek Firma", "Stant",
                     "ASELSAN Elektronik Sanayi", "Roketsan", "Ağır Sanayi Şirketi", "5 Kasım 2025 Çarşamba", "6 Kasım 2025 Perşembe",
                     "10:00–10:30", "14:00–14:30", "Masa 7", "C-21", "Sayfa 1 / 1",
                 })
            Assert.Contains(expected, text);
    }

    [Fact]
    public async Task RenderFirmAgenda_WhenEnglish_PrintsEnglishLabels()
    {
        var text = await pdf.TextAsync(renderer.RenderFirmAgenda(AgendaBuilders.Agenda(DocumentLanguage.English)));

        foreach (var expected in new[] { "Meeting Schedule", "Time", "Table", "Meeting With", "Booth", "Wednesday, 5 November 2025", "Page 1 of 1", "Ağır Sanayi Şirketi" })
            Assert.Contains(expected, text);
        Assert.DoesNotContain("Görüşme Ajandası", text);
    }

    [Fact]
    public async Task RenderFirmAgenda_WhenLong_RepeatsTheHeaderOnEveryPage()
    {
        var document = renderer.RenderFirmAgenda(AgendaBuilders.LongAgenda());

        var pages = await pdf.PageCountAsync(document);
        Assert.InRange(pages, 2, 10);
        var text = await pdf.TextAsync(document);
        var pageTexts = text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(page => page.Trim().Length > 0).ToList();
        Assert.Equal(pages, pageTexts.Count);
        for (var page = 0; page < pages; page++)
        {
            Assert.Contains("Görüşme Ajandası", pageTexts[page]);
            Assert.Contains("Görüşülecek Firma", pageTexts[page]);
            Assert.Contains($"Sayfa {page + 1} / {pages}", pageTexts[page]);
        }
        Assert.Contains("(devam)", text);
        for (var slot = 0; slot < 20; slot++) Assert.Contains($"Tedarikçi Firma 7-{slot:00} Çelik Döküm", text);
    }

    [Fact]
    public async Task RenderTableSheet_Always_PrintsTheTableAndWhoMeetsThere()
    {
        var sheet = new TableSheet(AgendaBuilders.EventName, DocumentLanguage.Turkish, "Masa 12", AgendaBuilders.Agenda().Days);

        var text = await pdf.TextAsync(renderer.RenderTableSheet(sheet));

        Assert.Contains("Masa Ajandası", text);
        Assert.Contains("Masa: Masa 12", text);
        Assert.Contains("ASELSAN Elektronik Sanayi", text);
        Assert.Contains("Ağır Sanayi Şirketi", text);
        Assert.Equal(1, await pdf.PageCountAsync(renderer.RenderTableSheet(sheet)));
    }

    [Fact]
    public async Task RenderFirmAgenda_WhenNoMeetings_SaysSo()
    {
        var text = await pdf.TextAsync(renderer.RenderFirmAgenda(AgendaBuilders.Agenda() with { Days = [] }));

        Assert.Contains("Planlanmış görüşme yok.", text);
    }

    [Fact]
    public async Task RenderFirmAgenda_WhenCounterpartNameIsLong_ShrinksItWithoutCuttingIt()
    {
        const string longName = "ASELSAN Elektronik Sanayi ve Ticaret Anonim Şirketi Mikroelektronik Güdüm ve Elektro-Optik Sektör Başkanlığı";
        var agenda = AgendaBuilders.Agenda() with { Days = [new AgendaDay(new DateOnly(2025, 11, 5), [AgendaBuilders.Meeting(5, 11, 0, longName)])] };

        var text = await pdf.TextAsync(renderer.RenderFirmAgenda(agenda));

        Assert.Contains(longName, Whitespace().Replace(text, " "));
    }

    public void Dispose() => pdf.Dispose();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
