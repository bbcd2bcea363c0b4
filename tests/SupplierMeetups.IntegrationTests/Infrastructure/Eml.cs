using MimeKit;

namespace SupplierMeetups.IntegrationTests.Infrastructure;

/// <summary>Reads what the pickup folder holds, parsed by MimeKit: decoded recipient, subject, bodies and attachments.</summary>
public sealed record Eml(string To, string Subject, string Text, string Html, IReadOnlyList<(string Name, byte[] Content)> Attachments, string MessageId)
{
    public static Eml Read(string path)
    {
        using var message = MimeMessage.Load(path);
        return new Eml(
            string.Join(", ", message.To.Mailboxes.Select(m => string.IsNullOrEmpty(m.Name) ? m.Address : $"{m.Name} <{m.Address}>")),
            message.Subject ?? "",
            message.TextBody ?? "",
            message.HtmlBody ?? "",
            message.Attachments.OfType<MimePart>().Select(part => (part.FileName ?? "", Decoded(part))).ToList(),
            message.MessageId ?? "");
    }

    private static byte[] Decoded(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content?.DecodeTo(content);
        return content.ToArray();
    }
}
