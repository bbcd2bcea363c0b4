using PdfSharp.Pdf;

namespace SupplierMeetups.Web.Platform.Documents;

/// <summary>Creating and serialising PDFsharp documents the same way for every renderer.</summary>
internal static class PdfFiles
{
    public static PdfDocument Create(string title)
    {
        var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Creator = "SupplierMeetups";
        document.Options.CompressContentStreams = true;
        // Badges are printed in bulk: speed matters more than the last few percent of file size.
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        return document;
    }

    public static byte[] ToBytes(PdfDocument document)
    {
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
