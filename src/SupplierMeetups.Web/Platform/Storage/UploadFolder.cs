using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace SupplierMeetups.Web.Platform.Storage;

/// <summary>A folder of uploaded files in the data folder, never under wwwroot; files are stored under names of our own.</summary>
public sealed class UploadFolder(StorageOptions storage, string folder)
{
    /// <summary>The first bytes of an upload (fewer when it is shorter): its type is told by them, never by its name.</summary>
    public static async Task<byte[]> HeadAsync(IFormFile file, int length, CancellationToken cancellationToken)
    {
        var head = new byte[length];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, length, throwOnEndOfStream: false, cancellationToken);
        return head[..read];
    }

    /// <summary>Stores an upload under a new name (a GUID and <paramref name="extension"/>) and returns the name; a copy that fails leaves no partial file.</summary>
    public async Task<string> SaveAsync(IFormFile file, string extension, CancellationToken cancellationToken)
    {
        var name = $"{Guid.NewGuid():N}{extension}";
        try
        {
            await using var target = File.Create(PathOf(name));
            await file.CopyToAsync(target, cancellationToken);
        }
        catch
        {
            Delete(name);
            throw;
        }
        return name;
    }

    /// <summary>
    /// Answers a stored upload with the type we told from its bytes, never one a browser guesses (nosniff): images to show
    /// inline, anything else (proofs) as an attachment to save.
    /// </summary>
    public static PhysicalFileResult Serve(HttpResponse response, string path, string contentType, string fileName, bool inline)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        if (!inline)
        {
            return new PhysicalFileResult(path, contentType) { FileDownloadName = fileName };
        }
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        return new PhysicalFileResult(path, contentType);
    }

    public void Delete(string name)
    {
        var path = PathOf(name);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    // The stored name is ours (a GUID), but the file name check keeps a tampered value inside the folder.
    public string PathOf(string name) => Path.Combine(storage.PathFor(folder), Path.GetFileName(name));
}
