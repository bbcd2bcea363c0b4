using MimeKit;

namespace SupplierMeetups.Web.Platform.Email;

/// <summary>
/// Writes <c>{emailId}.eml</c> into the pickup folder: first into a staging file of its own (a unique name, so a
/// file left by a killed write never stands in the way), flushed to disk, then renamed over the final name in one
/// atomic step. The name is the e-mail's id, so sending again after a crash replaces the same file: exactly once.
/// </summary>
internal sealed class PickupEmailTransport(string pickupDirectory) : IEmailTransport
{
    private const string StagingFolder = ".staging";

    /// <summary>Internet messages end lines with CRLF whatever the platform (MimeKit's default follows the platform).</summary>
    private static readonly FormatOptions Format = CrLf();

    public async Task SendAsync(Guid emailId, MimeMessage message, CancellationToken cancellationToken)
    {
        var staging = Directory.CreateDirectory(Path.Combine(pickupDirectory, StagingFolder));
        var temporary = Path.Combine(staging.FullName, $"{emailId:N}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await message.WriteToAsync(Format, file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true); // the row is marked sent next: the file must survive a power cut
            }
            File.Move(temporary, Path.Combine(pickupDirectory, $"{emailId}.eml"), overwrite: true);
        }
        finally
        {
            File.Delete(temporary); // no-op once renamed
        }
        RemoveLeftovers(staging, emailId);
    }

    /// <summary>What killed writes of this e-mail left behind is stale now that its file is in place.</summary>
    private static void RemoveLeftovers(DirectoryInfo staging, Guid emailId)
    {
        foreach (var leftover in staging.EnumerateFileSystemInfos($"{emailId:N}*"))
        {
            try
            {
                if (leftover is DirectoryInfo folder) folder.Delete(recursive: true);
                else leftover.Delete();
            }
            catch (IOException)
            {
                // Harmless where it is; the next successful send of this e-mail tries again.
            }
        }
    }

    private static FormatOptions CrLf()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }
}
