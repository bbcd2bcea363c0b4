namespace SupplierMeetups.Web.Platform.Email;

/// <summary>
/// Every kind of e-mail the platform sends, one list so that a new kind is a decision, not a string typed at a call.
/// The name is stored in each outbox row and read by tests and the operations page: it never changes.
/// </summary>
public sealed class EmailKind
{
    public static readonly EmailKind AccountConfirmation = new("account-confirmation");
    public static readonly EmailKind PasswordReset = new("password-reset");
    public static readonly EmailKind PrimeInvitation = new("prime-invitation");
    public static readonly EmailKind AccountExists = new("account-exists");
    public static readonly EmailKind FirmApproved = new("firm-approved");
    public static readonly EmailKind FirmRejected = new("firm-rejected");
    public static readonly EmailKind VisitorConfirmation = new("visitor-confirmation");
    public static readonly EmailKind BoothConfirmed = new("booth-confirmed");
    public static readonly EmailKind Badge = new("badge");
    public static readonly EmailKind MeetingRequestReceived = new("meeting-request-received");
    public static readonly EmailKind MeetingRequestAccepted = new("meeting-request-accepted");
    public static readonly EmailKind MeetingRequestDeclined = new("meeting-request-declined");
    public static readonly EmailKind MeetingRequestExpired = new("meeting-request-expired");
    public static readonly EmailKind AgendaChanged = new("agenda-changed");
    public static readonly EmailKind MeetingCancelled = new("meeting-cancelled");
    public static readonly EmailKind AgendaReminder = new("agenda-reminder");

    public static IReadOnlyList<EmailKind> All { get; } =
    [
        AccountConfirmation, PasswordReset, PrimeInvitation, AccountExists, FirmApproved, FirmRejected, VisitorConfirmation,
        BoothConfirmed, Badge, MeetingRequestReceived, MeetingRequestAccepted, MeetingRequestDeclined, MeetingRequestExpired,
        AgendaChanged, MeetingCancelled, AgendaReminder,
    ];

    private EmailKind(string name) => Name = name;

    /// <summary>The stored name, such as "firm-approved".</summary>
    public string Name { get; }

    public override string ToString() => Name;
}
