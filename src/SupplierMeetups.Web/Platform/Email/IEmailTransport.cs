using System.Net.Mail;

namespace SupplierMeetups.Web.Platform.Email;

internal interface IEmailTransport
{
    /// <summary>Delivers the message; delivering the same <paramref name="emailId"/> again must not make a second copy where the transport can prevent it.</summary>
    Task SendAsync(Guid emailId, MailMessage message, CancellationToken cancellationToken);
}
