namespace SupplierMeetups.Web.Platform.Audit;

/// <summary>
/// One thing someone did that organizers must be able to account for later. Written in the same save as the action,
/// never changed or removed by the application (<see cref="AuditEntryGuard"/>, and a trigger in the database).
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, AuditActor actor, string action, string targetType, string targetId, Guid? eventId, string details)
    {
        Id = Guid.CreateVersion7(at);
        At = at;
        ActorUserId = actor.UserId;
        ActorName = Cut(actor.Name, 200);
        ActorEmail = Cut(actor.Email, 256);
        Action = action;
        TargetType = targetType;
        TargetId = Cut(targetId, 100);
        EventId = eventId;
        Details = Cut(details, 2000);
    }

    public Guid Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? ActorUserId { get; private set; }
    public string ActorName { get; private set; } = "";
    public string ActorEmail { get; private set; } = "";

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; private set; } = "";

    public string TargetType { get; private set; } = "";
    public string TargetId { get; private set; } = "";
    public Guid? EventId { get; private set; }
    public string Details { get; private set; } = "";

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}

/// <summary>Who did it, as the entry keeps it: the id, and the name and address as they were at the time.</summary>
public sealed record AuditActor(Guid? UserId, string Name, string Email)
{
    /// <summary>Background work, with no one signed in behind it.</summary>
    public static readonly AuditActor System = new(null, "system", "");

    /// <summary>Someone not signed in, acting through a personal link (a visitor erasing their registration).</summary>
    public static readonly AuditActor Anonymous = new(null, "anonymous (personal link)", "");
}
