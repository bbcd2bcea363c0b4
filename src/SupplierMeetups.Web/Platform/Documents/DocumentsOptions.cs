namespace SupplierMeetups.Web.Platform.Documents;

/// <summary>Settings of the PDF engine, bound from the <c>Documents</c> section.</summary>
internal sealed class DocumentsOptions
{
    public const string SectionName = "Documents";

    /// <summary>A commercial PDFsharp licence key; without one the engine runs under the AGPL.</summary>
    public string? PdfSharpLicenseKey { get; set; }
}
