using System.Net;
using System.Net.Mail;

namespace SupplierMeetups.Web.Platform.Email;

internal sealed class SmtpEmailTransport(EmailOptions.SmtpSettings settings) : IEmailTransport
{
    public async Task SendAsync(Guid emailId, MailMessage message, CancellationToken cancellationToken)
    {
        // SMTP cannot take a message back: a resend after a crash carries the same Message-ID, which lets
        // receiving servers and clients drop the duplicate.
        message.Headers["Message-ID"] = $"<{emailId}@suppliermeetups>";
        using var client = new SmtpClient(settings.Host, settings.Port)
        {
            EnableSsl = settings.EnableSsl,
            DeliveryFormat = SmtpDeliveryFormat.International,
            Credentials = settings.UserName is null ? null : new NetworkCredential(settings.UserName, settings.Password),
        };
        await client.SendMailAsync(message, cancellationToken);
    }
}
