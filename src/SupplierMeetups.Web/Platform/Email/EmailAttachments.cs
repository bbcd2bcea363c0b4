namespace SupplierMeetups.Web.Platform.Email;

/// <summary>
/// An attachment an e-mail owes, by reference (e.g. kind "badge" and the badge's id). The document is rendered
/// when the e-mail is sent, so the outbox row stays small and always carries the current version.
/// </summary>
public sealed class EmailAttachment
{
    public string Kind { get; set; } = "";
    public Guid ReferenceId { get; set; }
    public string FileName { get; set; } = "";
}

public sealed record EmailAttachmentContent(byte[] Content, string ContentType);

/// <summary>Renders attachments of one kind; a module registers one per document it sends by e-mail.</summary>
public interface IEmailAttachmentSource
{
    string Kind { get; }

    /// <summary>The document, or null when what it refers to no longer exists.</summary>
    Task<EmailAttachmentContent?> LoadAsync(Guid referenceId, string language, CancellationToken cancellationToken);
}
