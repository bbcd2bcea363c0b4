using System.Net.Mail;

namespace SupplierMeetups.Web.Platform.Email;

/// <summary>
/// Writes <c>{emailId}.eml</c> into the pickup folder. The name is the e-mail's id and the file appears by an
/// atomic rename, so sending again after a crash replaces the same file instead of adding a copy.
/// </summary>
internal sealed class PickupEmailTransport(string pickupDirectory) : IEmailTransport
{
    public async Task SendAsync(Guid emailId, MailMessage message, CancellationToken cancellationToken)
    {
        var staging = Directory.CreateDirectory(Path.Combine(pickupDirectory, ".staging", emailId.ToString("N")));
        try
        {
            using (var client = new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = staging.FullName,
                DeliveryFormat = SmtpDeliveryFormat.International,
            })
            {
                await client.SendMailAsync(message, cancellationToken);
            }
            var written = staging.GetFiles("*.eml").Single();
            File.Move(written.FullName, Path.Combine(pickupDirectory, $"{emailId}.eml"), overwrite: true);
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }
}
