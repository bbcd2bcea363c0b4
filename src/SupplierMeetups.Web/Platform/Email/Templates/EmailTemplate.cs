namespace SupplierMeetups.Web.Platform.Email.Templates;

/// <summary>
/// One kind of e-mail the platform sends, as organizers read it: its name, when it leaves and to whom, what is
/// attached, and an example written by the same code that writes the real ones. The example takes the services
/// it needs when it is shown, because the code that writes e-mails itself depends on the outbox that checks kinds here.
/// </summary>
public sealed record EmailTemplate(EmailKind Kind, string Name, string SentWhen, IReadOnlyList<string> Attachments, Func<IServiceProvider, string, RenderedEmail> Example);

/// <summary>A module's e-mail templates, named in the reader's language.</summary>
public interface IEmailTemplateSource
{
    IEnumerable<EmailTemplate> Templates();
}

/// <summary>All templates of all modules; the outbox refuses a kind that has none, so every e-mail can be read here.</summary>
public sealed class EmailTemplates(IEnumerable<IEmailTemplateSource> sources)
{
    private HashSet<string>? _kinds;

    public IReadOnlyList<EmailTemplate> All() => sources.SelectMany(s => s.Templates()).OrderBy(t => t.Kind.Name, StringComparer.Ordinal).ToList();

    /// <summary>Whether the kind has a template; the outbox asks once per e-mail, so the kinds are listed once per scope.</summary>
    public bool Knows(EmailKind kind) => (_kinds ??= sources.SelectMany(s => s.Templates()).Select(t => t.Kind.Name).ToHashSet(StringComparer.Ordinal)).Contains(kind.Name);

    public EmailTemplate? Find(string kind) => sources.SelectMany(s => s.Templates()).FirstOrDefault(t => t.Kind.Name == kind);
}
