using System.Text.RegularExpressions;
using SupplierMeetups.UnitTests.Support;
using SupplierMeetups.Web.Badges;
using Xunit;

namespace SupplierMeetups.UnitTests.Badges;

public sealed partial class BadgeDocumentTests : IDisposable
{
    private readonly PdfInspector pdf = new();
    private readonly PdfBadgeDocuments renderer = BadgeBuilders.Renderer();

    [Fact]
    public async Task RenderSingle_WhenVisitor_PrintsTurkishTextExactly()
    {
        var text = await pdf.TextAsync(renderer.RenderSingle(BadgeBuilders.Visitor()));

        Assert.Contains("Mustafa Büyükeğen", text);
        Assert.Contains("İŞBİR Elektrik", text);
        Assert.Contains("ZİYARETÇİ", text);
        Assert.Contains("VISITOR", text);
        Assert.Contains(BadgeBuilders.EventName, Collapse(text));
        Assert.DoesNotContain("Booth", text);
    }

    [Fact]
    public async Task RenderSingle_WhenExhibitorWithBooth_PrintsBoothAndExhibitorBand()
    {
        var text = await pdf.TextAsync(renderer.RenderSingle(BadgeBuilders.Exhibitor()));

        Assert.Contains("Stant / Booth A-12", text);
        Assert.Contains("KATILIMCI FİRMA", text);
        Assert.Contains("EXHIBITOR", text);
        Assert.Contains("Ağır Sanayi Şirketi", text);
    }

    [Fact]
    public async Task RenderSingle_Always_IsOneA6PortraitPage()
    {
        var document = renderer.RenderSingle(BadgeBuilders.Visitor());

        Assert.Equal(1, await pdf.PageCountAsync(document));
        Assert.Equal("297.638 x 419.528 pts", await pdf.PageSizeAsync(document));
    }

    [Fact]
    public async Task RenderSingle_Always_EmbedsFontsAsSubsets()
    {
        var fonts = await pdf.FontsAsync(renderer.RenderSingle(BadgeBuilders.Visitor()));

        var rows = fonts.Split('\n').Where(line => line.Contains("DejaVu Sans", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Matches(@"Identity-H\s+yes\s+yes\s+yes", row));
    }

    [Fact]
    public async Task RenderSingle_Always_EncodesTheTokenInAReadableQrCode()
    {
        var badgeId = Guid.NewGuid();
        var token = BadgeBuilders.Tokens.Issue(badgeId);

        var decoded = await pdf.DecodeQrAsync(renderer.RenderSingle(BadgeBuilders.Exhibitor() with { QrToken = token }));

        Assert.Equal(token, decoded);
        Assert.True(BadgeBuilders.Tokens.TryVerify(decoded, out var verified));
        Assert.Equal(badgeId, verified);
    }

    [Theory]
    [InlineData("Muhammed Abdurrahman Karaosmanoğlu Büyükyılmazoğulları Çelebioğlu")]
    [InlineData("Kahramanmaraşlıoğullarındanbüyükşehirlisiyiz")]
    public async Task RenderSingle_WhenNameIsVeryLong_ShrinksItInsideTheBadgeWithoutCuttingIt(string name)
    {
        var document = renderer.RenderSingle(BadgeBuilders.Visitor() with { PersonName = name });

        Assert.Contains(name, Collapse(await pdf.TextAsync(document)));
        var nameWords = name.Split(' ');
        var words = (await pdf.WordsAsync(document)).Where(w => nameWords.Contains(w.Word)).ToList();
        Assert.Equal(nameWords.Length, words.Count);
        Assert.All(words, w => Assert.InRange(w.XMin, 14, BadgeDrawing.Width - 14));
        Assert.All(words, w => Assert.InRange(w.XMax, 14, BadgeDrawing.Width - 14));
    }

    [Theory]
    [InlineData(4, 1)]
    [InlineData(5, 2)]
    [InlineData(8, 2)]
    [InlineData(9, 3)]
    public async Task RenderBatch_WhenFourUpOnA4_PutsFourBadgesOnEachSheet(int badges, int sheets)
    {
        var document = renderer.RenderBatch(Numbered(badges), BadgeSheetLayout.A4FourUp);

        Assert.Equal(sheets, await pdf.PageCountAsync(document));
        Assert.Equal("595.276 x 841.89 pts (A4)", await pdf.PageSizeAsync(document));
    }

    [Fact]
    public async Task RenderBatch_WhenA6PerPage_PrintsEveryBadgeOnItsOwnPage()
    {
        var document = renderer.RenderBatch(Numbered(5), BadgeSheetLayout.A6PerPage);

        Assert.Equal(5, await pdf.PageCountAsync(document));
        var text = await pdf.TextAsync(document);
        for (var i = 1; i <= 5; i++) Assert.Contains($"Katılımcı {i} Öztürk", text);
    }

    [Fact]
    public async Task RenderBatch_WhenFourUp_PrintsAllFourBadgesOnTheSheet()
    {
        var text = await pdf.TextAsync(renderer.RenderBatch(Numbered(4), BadgeSheetLayout.A4FourUp));

        for (var i = 1; i <= 4; i++) Assert.Contains($"Katılımcı {i} Öztürk", text);
    }

    [Fact]
    public async Task RenderBatch_WhenFourUp_DrawsLightCutMarksOnTheCutLinesOnly()
    {
        // 72 dpi: one pixel per point. The cut lines run through the middle of the sheet.
        var pixels = await pdf.GreyPixelsAsync(renderer.RenderBatch(Numbered(4), BadgeSheetLayout.A4FourUp), dpi: 72);
        int middleColumn = (int)Math.Round(BadgeDrawing.Width), middleRow = (int)Math.Round(BadgeDrawing.Height);

        Assert.InRange(Darkest(pixels, rows: (2, 8), columns: (middleColumn - 1, middleColumn + 1)), 120, 235);
        Assert.InRange(Darkest(pixels, rows: (middleRow - 1, middleRow + 1), columns: (2, 8)), 120, 235);
        Assert.InRange(Darkest(pixels, rows: (middleRow - 6, middleRow + 6), columns: (middleColumn - 1, middleColumn + 1)), 120, 235);
        Assert.Equal(255, Darkest(pixels, rows: (2, 8), columns: (middleColumn - 40, middleColumn - 20)));
    }

    [Fact]
    public async Task RenderSingle_Always_HasNoCutMarks()
    {
        var pixels = await pdf.GreyPixelsAsync(renderer.RenderSingle(BadgeBuilders.Visitor()), dpi: 72);

        Assert.Equal(255, Darkest(pixels, rows: (0, 8), columns: (0, pixels.GetLength(1) - 1)));
    }

    [Fact]
    public async Task RenderSingle_WhenCalledConcurrently_GivesEachCallerItsOwnCorrectBadge()
    {
        var badges = Enumerable.Range(1, 16).Select(i => BadgeBuilders.Visitor() with { PersonName = $"Eşzamanlı {i} Işık" }).ToList();

        var documents = await Task.WhenAll(badges.Select(badge => Task.Run(() => renderer.RenderSingle(badge), TestContext.Current.CancellationToken)));

        for (var i = 0; i < badges.Count; i++)
            Assert.Contains(badges[i].PersonName, await pdf.TextAsync(documents[i]));
    }

    [Fact]
    public void RenderSingle_WhenTokenIsMissing_Throws()
    {
        Assert.Throws<ArgumentException>(() => renderer.RenderSingle(BadgeBuilders.Visitor() with { QrToken = " " }));
    }

    [Fact]
    public void RenderBatch_WhenEmpty_Throws()
    {
        Assert.Throws<ArgumentException>(() => renderer.RenderBatch([], BadgeSheetLayout.A4FourUp));
    }

    public void Dispose() => pdf.Dispose();

    private static int Darkest(byte[,] pixels, (int From, int To) rows, (int From, int To) columns)
    {
        var darkest = 255;
        for (var row = rows.From; row <= rows.To; row++)
            for (var column = columns.From; column <= columns.To; column++)
                darkest = Math.Min(darkest, pixels[row, column]);
        return darkest;
    }

    private static List<BadgeContent> Numbered(int count) =>
        Enumerable.Range(1, count).Select(i => BadgeBuilders.Visitor() with { PersonName = $"Katılımcı {i} Öztürk" }).ToList();

    private static string Collapse(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
