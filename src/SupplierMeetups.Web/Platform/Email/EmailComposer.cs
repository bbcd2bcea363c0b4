using System.Text;
using MimeKit;

namespace SupplierMeetups.Web.Platform.Email;

/// <summary>
/// Builds the MIME message of an outbox row. Every header is written by MimeKit, which quotes or RFC 2047-encodes
/// display names and subjects, so no name can end a header or start another. Control characters are replaced
/// here as well, so that a row saved before input was checked still sends.
/// </summary>
internal static class EmailComposer
{
    public const string MessageIdDomain = "suppliermeetups";

    /// <summary>The same on every attempt, so that a receiver can drop a second delivery of the same e-mail.</summary>
    public static string MessageIdOf(Guid emailId) => $"{emailId}@{MessageIdDomain}";

    public static MimeMessage Compose(OutgoingEmail email, EmailOptions options, IReadOnlyList<LoadedAttachment> attachments)
    {
        var message = new MimeMessage
        {
            MessageId = MessageIdOf(email.Id),
            Date = email.CreatedAt,
            Subject = SingleLine(email.Subject),
        };
        message.From.Add(new MailboxAddress(SingleLine(options.FromName), options.FromAddress));
        message.To.Add(new MailboxAddress(SingleLine(email.ToName), email.ToAddress));
        var body = new MultipartAlternative { Text("plain", email.TextBody), Text("html", email.HtmlBody) };
        if (attachments.Count == 0)
        {
            message.Body = body;
            return message;
        }
        var mixed = new Multipart("mixed") { body };
        foreach (var attachment in attachments)
        {
            mixed.Add(Attachment(attachment));
        }
        message.Body = mixed;
        return message;
    }

    /// <summary>Any control character (CR, LF, tab, NUL …) becomes a space; runs of spaces collapse.</summary>
    public static string SingleLine(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            var ch = char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c;
            if (ch == ' ' && text.Length > 0 && text[^1] == ' ')
            {
                continue;
            }
            text.Append(ch);
        }
        return text.ToString().Trim();
    }

    private static TextPart Text(string subtype, string content)
    {
        var part = new TextPart(subtype) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText(Encoding.UTF8, content);
        return part;
    }

    private static MimePart Attachment(LoadedAttachment attachment) =>
        new(ContentType.Parse(attachment.Content.ContentType))
        {
            Content = new MimeContent(new MemoryStream(attachment.Content.Content, writable: false)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = SingleLine(attachment.FileName),
        };
}

internal sealed record LoadedAttachment(string FileName, EmailAttachmentContent Content);
