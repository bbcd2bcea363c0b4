using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Storage;

namespace SupplierMeetups.Web.Registration.Certificates;

/// <summary>Certificate proofs: PDF only, at most 5 MB, kept in the data folder's uploads/, never under wwwroot.</summary>
public sealed class ProofFiles(StorageOptions storage, IStringLocalizer<SharedResource> l)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private readonly UploadFolder _folder = new(storage, "uploads");

    /// <summary>What is wrong with the upload, at the field "Proof", in the user's language; null when it is a PDF of acceptable size.</summary>
    public async Task<Refusal?> CheckAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length == 0)
        {
            return Refused(l["The proof file is empty."]);
        }
        if (file.Length > MaxBytes)
        {
            return Refused(l["The proof file is larger than 5 MB."]);
        }
        if (!string.Equals(file.ContentType, "application/pdf", StringComparison.OrdinalIgnoreCase))
        {
            return Refused(l["The proof must be a PDF file."]);
        }
        var head = await UploadFolder.HeadAsync(file, PdfMagic.Length, cancellationToken);
        return head.AsSpan().SequenceEqual(PdfMagic) ? null : Refused(l["The proof must be a PDF file."]);
    }

    /// <summary>A refusal of the proof upload (the API's multipart field "proof", the page's "Proof").</summary>
    public static Refusal Refused(string message) => Refusal.AtField("Proof", message);

    /// <summary>Stores a checked upload under a new name and returns the name.</summary>
    public Task<string> SaveAsync(IFormFile file, CancellationToken cancellationToken) => _folder.SaveAsync(file, ".pdf", cancellationToken);

    public void Delete(string name) => _folder.Delete(name);

    public string PathOf(string name) => _folder.PathOf(name);
}
