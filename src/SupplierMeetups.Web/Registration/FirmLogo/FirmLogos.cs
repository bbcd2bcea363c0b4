using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Storage;

namespace SupplierMeetups.Web.Registration.FirmLogo;

/// <summary>A firm's logo: PNG or JPEG (told by its bytes), at most 1 MB, kept in the data folder's uploads/logos/, never under wwwroot.</summary>
public sealed class FirmLogos(AppDbContext db, StorageOptions storage, IStringLocalizer<SharedResource> l, ILogger<FirmLogos> logger)
{
    public const long MaxBytes = 1024 * 1024;
    private readonly UploadFolder _folder = new(storage, Path.Combine("uploads", "logos"));

    /// <summary>
    /// Stores the upload under a new name, then points the firm at it; the old file goes only after that commit, so the firm
    /// always has either its old logo or the new one. Answers what is wrong with the upload at the field "file" (and changes nothing), or null.
    /// </summary>
    public async Task<Refusal?> ReplaceAsync(Firm firm, IFormFile? file, CancellationToken cancellationToken)
    {
        var (format, refusal) = await CheckAsync(file, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var old = firm.LogoFileName;
        var name = await _folder.SaveAsync(file!, ImageSignature.Extension(format), cancellationToken);
        try
        {
            firm.LogoFileName = name;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            Delete(name);
            db.Entry(firm).Property(f => f.LogoFileName).CurrentValue = old;
            throw;
        }
        if (old is not null)
        {
            Delete(old);
        }
        return null;
    }

    /// <summary>The stored logo's path and content type, or null when the firm has none (or the file is gone).</summary>
    public (string Path, string ContentType)? Find(Firm firm)
    {
        if (firm.LogoFileName is not { } name || !File.Exists(_folder.PathOf(name)))
        {
            return null;
        }
        return (_folder.PathOf(name), name.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "image/jpeg");
    }

    public Task<Firm?> FirmAsync(Guid firmId, CancellationToken cancellationToken) =>
        db.Set<Firm>().SingleOrDefaultAsync(f => f.Id == firmId, cancellationToken);

    /// <summary>Where a page shows the logo; the stored name in the address makes a new logo a new address for caches.</summary>
    public static string? UrlOf(Firm firm) =>
        firm.LogoFileName is { } name ? $"/firms/{firm.Id}/logo?handler=image&v={Path.GetFileNameWithoutExtension(name)}" : null;

    private async Task<Outcome<ImageFormat>> CheckAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return Refused(l["Choose a PNG or JPEG file for the logo."]);
        }
        if (file.Length == 0)
        {
            return Refused(l["The logo file is empty."]);
        }
        if (file.Length > MaxBytes)
        {
            return Refused(l["The logo is larger than 1 MB."]);
        }
        var format = ImageSignature.Detect(await UploadFolder.HeadAsync(file, ImageSignature.HeadLength, cancellationToken));
        if (format is ImageFormat.Png or ImageFormat.Jpeg)
        {
            return ImageStructure.IsWellFormed(await UploadFolder.HeadAsync(file, (int)MaxBytes, cancellationToken), format)
                ? format
                : Refused(l["The logo file is not a complete PNG or JPEG image."]);
        }
        return format switch
        {
            ImageFormat.Svg => Refused(l["SVG logos are not accepted, as they can carry scripts: upload a PNG or JPEG image."]),
            _ => Refused(l["The logo must be a PNG or JPEG image."]),
        };
    }

    private static Outcome<ImageFormat> Refused(string message) => Refusal.AtField("file", message);

    private void Delete(string name)
    {
        try
        {
            _folder.Delete(name);
        }
        catch (IOException e)
        {
            // The database no longer points at it: a leftover file is untidy, not wrong.
            logger.LogWarning(e, "Could not delete the replaced logo {Name}", name);
        }
    }
}
