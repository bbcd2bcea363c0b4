namespace SupplierMeetups.Web.Platform.Email;

/// <summary>
/// An e-mail the platform owes someone. It is written in the same transaction as the change that owes it,
/// so a crash or a broker outage delays the message but never loses it.
/// </summary>
public sealed class OutgoingEmail
{
    private OutgoingEmail() { }

    public OutgoingEmail(string toAddress, string toName, string subject, string textBody, string htmlBody, string kind, DateTimeOffset now, string language = "tr")
    {
        Language = language;
        Id = Guid.CreateVersion7(now);
        ToAddress = toAddress;
        ToName = toName;
        Subject = subject;
        TextBody = textBody;
        HtmlBody = htmlBody;
        Kind = kind;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public Guid Id { get; private set; }
    public string ToAddress { get; private set; } = "";
    public string ToName { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";

    /// <summary>What kind of message this is (e.g. "account-confirmation"), for the operations page and tests.</summary>
    public string Kind { get; private set; } = "";

    /// <summary>"tr" or "en": the language attachments are rendered in.</summary>
    public string Language { get; private set; } = "tr";

    public List<EmailAttachment> Attachments { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>Set while one worker sends it, so that the bus consumer and the sweep job never send it at once.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? FailedAt { get; private set; }

    /// <summary>Set when the recipient's personal data was erased before it went out: it is never sent, not even by a retry.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>The recipient was erased: only the kind, the times and the status stay (for counts); an unsent e-mail is cancelled.</summary>
    public void EraseRecipient(string erasedAddress, string erasedName, DateTimeOffset now)
    {
        ToAddress = erasedAddress;
        ToName = erasedName;
        Subject = "";
        TextBody = "";
        HtmlBody = "";
        Attachments.Clear();
        if (SentAt is null)
        {
            CancelledAt ??= now;
            FailedAt ??= now;
            ClaimedUntil = null;
            LastError = "Cancelled: the recipient's personal data was erased.";
        }
    }
}
