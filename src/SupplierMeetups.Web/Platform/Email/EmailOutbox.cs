using SupplierMeetups.Web.Platform.Email.Templates;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Platform.Email;

/// <summary>Records an owed e-mail in the caller's unit of work; it is sent once that work is saved.</summary>
public sealed class EmailOutbox(AppDbContext db, EmailTemplates templates, TimeProvider clock)
{
    public OutgoingEmail Add(string toAddress, string toName, RenderedEmail email, EmailKind kind, string language, params EmailAttachment[] attachments)
    {
        if (language is not ("tr" or "en"))
        {
            throw new ArgumentException($"An e-mail is written in the recipient's language, \"tr\" or \"en\", not '{language}'.", nameof(language));
        }
        if (!templates.Knows(kind))
        {
            // Organizers read every e-mail the platform sends on the templates page; a kind without one is a bug.
            throw new InvalidOperationException($"The e-mail kind '{kind}' has no template: add it to its module's IEmailTemplateSource.");
        }
        var row = new OutgoingEmail(toAddress, toName, email.Subject, email.Text, email.Html, kind.Name, clock.GetUtcNow(), language);
        row.Attachments.AddRange(attachments);
        db.Add(row);
        return row;
    }
}

public sealed record RenderedEmail(string Subject, string Text, string Html);
