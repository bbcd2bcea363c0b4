using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Storage;

namespace SupplierMeetups.Web.Registration.Certificates;

/// <summary>Certificate proofs: PDF only, at most 5 MB, kept in the data folder's uploads/, never under wwwroot.</summary>
public sealed class ProofFiles(StorageOptions storage, IStringLocalizer<SharedResource> l)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    /// <summary>What is wrong with the upload, in the user's language; null when it is a PDF of acceptable size.</summary>
    public async Task<string?> CheckAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length == 0)
        {
            return l["The proof file is empty."];
        }
        if (file.Length > MaxBytes)
        {
            return l["The proof file is larger than 5 MB."];
        }
        if (!string.Equals(file.ContentType, "application/pdf", StringComparison.OrdinalIgnoreCase))
        {
            return l["The proof must be a PDF file."];
        }
        var head = new byte[PdfMagic.Length];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return read == head.Length && head.AsSpan().SequenceEqual(PdfMagic) ? null : l["The proof must be a PDF file."].Value;
    }

    /// <summary>Stores a checked upload under a new name and returns the name.</summary>
    public async Task<string> SaveAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var name = $"{Guid.NewGuid():N}.pdf";
        await using var target = File.Create(PathOf(name));
        await file.CopyToAsync(target, cancellationToken);
        return name;
    }

    public void Delete(string name)
    {
        var path = PathOf(name);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    // The stored name is ours (a GUID), but the file name check keeps a tampered value inside uploads/.
    public string PathOf(string name) => Path.Combine(storage.PathFor("uploads"), Path.GetFileName(name));
}
