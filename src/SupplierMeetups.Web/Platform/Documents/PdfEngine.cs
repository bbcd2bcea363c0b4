using PdfSharp;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace SupplierMeetups.Web.Platform.Documents;

/// <summary>
/// Sets PDFsharp's process-wide state exactly once: the licence (without it every new document throws),
/// the font resolver and the Unicode encoding. PDFsharp allows each of these to be set only once per
/// process, so every renderer calls <see cref="EnsureInitialized"/> before its first document.
/// </summary>
internal static class PdfEngine
{
    public const string FontFamily = "DejaVu Sans";

    private static readonly Lock Gate = new();
    private static volatile bool initialized;

    public static void EnsureInitialized(DocumentsOptions options)
    {
        if (initialized) return;
        lock (Gate)
        {
            if (initialized) return;
            if (string.IsNullOrWhiteSpace(options.PdfSharpLicenseKey)) PdfSharpLicense.SetAgplLicense();
            else PdfSharpLicense.LoadLicense(options.PdfSharpLicenseKey);
            GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            // One Unicode font object per face instead of an ANSI and a Unicode one: smaller, faster files.
            GlobalFontSettings.DefaultFontEncoding = PdfFontEncoding.Unicode;
            initialized = true;
        }
    }
}
