using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace SupplierMeetups.Web.Platform.Email;

/// <summary>
/// Sends over SMTP with MailKit. SMTP cannot take a message back, so delivery is at least once: a resend after a
/// crash carries the same Message-ID, which lets receiving servers and clients drop the duplicate.
/// </summary>
internal sealed class SmtpEmailTransport(EmailOptions.SmtpSettings settings) : IEmailTransport
{
    public async Task SendAsync(Guid emailId, MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(settings.TimeoutSeconds).TotalMilliseconds };
        await client.ConnectAsync(settings.Host, settings.Port, settings.SecureSocketOptions(), cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
