using PdfSharp.Drawing;
using SupplierMeetups.Web.Platform.Documents;
using Xunit;

namespace SupplierMeetups.UnitTests.Platform.Documents;

public sealed class TextFitterTests : IDisposable
{
    private const double Width = 260;
    private readonly XGraphics gfx;

    public TextFitterTests()
    {
        PdfEngine.EnsureInitialized(new DocumentsOptions());
        gfx = XGraphics.CreateMeasureContext(new XSize(300, 400), XGraphicsUnit.Point, XPageDirection.Downwards);
    }

    [Fact]
    public void Fit_WhenTextFits_KeepsOneLineAtFullSize()
    {
        var fitted = TextFitter.Fit(gfx, "Ayşe Çınar", bold: true, maxSize: 26, width: Width, wrapBelow: 20);

        Assert.Equal(["Ayşe Çınar"], fitted.Lines);
        Assert.Equal(26, fitted.Font.Size);
    }

    [Fact]
    public void Fit_WhenSlightlyTooWide_ShrinksOnOneLine()
    {
        var fitted = TextFitter.Fit(gfx, "Mustafa Büyükeğen", bold: true, maxSize: 26, width: Width, wrapBelow: 20);

        Assert.Equal(["Mustafa Büyükeğen"], fitted.Lines);
        Assert.InRange(fitted.Font.Size, 20, 25.99);
        AssertFits(fitted);
    }

    [Fact]
    public void Fit_WhenShrinkingWouldGoBelowTheWrapSize_BreaksAtTheBestSpace()
    {
        var fitted = TextFitter.Fit(gfx, "Muhammed Abdurrahman Karaosmanoğlu Çelebi", bold: true, maxSize: 26, width: Width, wrapBelow: 20);

        Assert.Equal(["Muhammed Abdurrahman", "Karaosmanoğlu Çelebi"], fitted.Lines);
        AssertFits(fitted);
    }

    [Fact]
    public void Fit_WhenOneWordIsTooLong_ShrinksItAndNeverCutsIt()
    {
        const string word = "Kahramanmaraşlıoğullarındanbüyükşehirlisiyiz";

        var fitted = TextFitter.Fit(gfx, word, bold: true, maxSize: 26, width: Width, wrapBelow: 20);

        Assert.Equal([word], fitted.Lines);
        Assert.True(fitted.Font.Size < 20);
        AssertFits(fitted);
    }

    public void Dispose() => gfx.Dispose();

    private void AssertFits(FittedText fitted) =>
        Assert.All(fitted.Lines, line => Assert.True(gfx.MeasureString(line, fitted.Font).Width <= Width, $"'{line}' is wider than {Width}"));
}
