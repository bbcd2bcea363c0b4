using System.Text.RegularExpressions;
using Xunit;

namespace SupplierMeetups.UnitTests.Support;

/// <summary>Looks inside rendered PDFs with poppler's tools, as a reader or printer would.</summary>
internal sealed partial class PdfInspector : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("suppliermeetups-pdf-").FullName;

    public string Save(byte[] pdf, string name = "document.pdf")
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    public async Task<string> TextAsync(byte[] pdf) =>
        await ExternalTool.RunAsync("pdftotext", "-enc", "UTF-8", "-layout", Save(pdf), "-");

    public async Task<int> PageCountAsync(byte[] pdf)
    {
        var info = await ExternalTool.RunAsync("pdfinfo", Save(pdf));
        var match = PagesLine().Match(info);
        Assert.True(match.Success, $"pdfinfo printed no page count:\n{info}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<string> PageSizeAsync(byte[] pdf)
    {
        var info = await ExternalTool.RunAsync("pdfinfo", Save(pdf));
        return PageSizeLine().Match(info).Groups[1].Value.Trim();
    }

    public async Task<string> FontsAsync(byte[] pdf) => await ExternalTool.RunAsync("pdffonts", Save(pdf));

    /// <summary>Rasterises the first page at 300 dpi and decodes every barcode zbar finds on it.</summary>
    public async Task<string> DecodeQrAsync(byte[] pdf)
    {
        var prefix = Path.Combine(directory, "page");
        await ExternalTool.RunAsync("pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", "-singlefile", Save(pdf), prefix);
        return (await ExternalTool.RunAsync("zbarimg", "--raw", "-q", prefix + ".png")).TrimEnd('\n');
    }

    /// <summary>Every word poppler finds on the first page, with its horizontal extent in points.</summary>
    public async Task<IReadOnlyList<(string Word, double XMin, double XMax)>> WordsAsync(byte[] pdf)
    {
        var html = await ExternalTool.RunAsync("pdftotext", "-enc", "UTF-8", "-bbox", "-f", "1", "-l", "1", Save(pdf), "-");
        return WordLine().Matches(html)
            .Select(m => (System.Net.WebUtility.HtmlDecode(m.Groups[3].Value),
                double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>Rasterises the first page in 8-bit grey at <paramref name="dpi"/>; [row, column], 0 black, 255 white.</summary>
    public async Task<byte[,]> GreyPixelsAsync(byte[] pdf, int dpi)
    {
        var prefix = Path.Combine(directory, "grey");
        await ExternalTool.RunAsync("pdftoppm", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-f", "1", "-l", "1", "-singlefile", Save(pdf), prefix);
        return NetPbm.ReadGreymap(File.ReadAllBytes(prefix + ".pgm"));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"<word xMin=""([\d.]+)"" yMin=""[\d.]+"" xMax=""([\d.]+)"" yMax=""[\d.]+"">([^<]*)</word>")]
    private static partial Regex WordLine();

    [GeneratedRegex(@"^Page size:\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex PageSizeLine();
}
