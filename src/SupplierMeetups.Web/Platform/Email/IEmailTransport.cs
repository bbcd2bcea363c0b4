using MimeKit;

namespace SupplierMeetups.Web.Platform.Email;

internal interface IEmailTransport
{
    /// <summary>
    /// Delivers the message. The dispatcher may call it again for the same <paramref name="emailId"/> after a crash;
    /// a transport that can replace what it delivered does, and the message always carries the same Message-ID.
    /// </summary>
    Task SendAsync(Guid emailId, MimeMessage message, CancellationToken cancellationToken);
}
