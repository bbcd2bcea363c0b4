using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Platform.Email;

/// <summary>Records an owed e-mail in the caller's unit of work; it is sent once that work is saved.</summary>
public sealed class EmailOutbox(AppDbContext db, TimeProvider clock)
{
    public OutgoingEmail Add(string toAddress, string toName, RenderedEmail email, string kind, string language = "tr", params EmailAttachment[] attachments)
    {
        var row = new OutgoingEmail(toAddress, toName, email.Subject, email.Text, email.Html, kind, clock.GetUtcNow(), language);
        row.Attachments.AddRange(attachments);
        db.Add(row);
        return row;
    }
}

public sealed record RenderedEmail(string Subject, string Text, string Html);
