namespace SupplierMeetups.Web.Matchmaking;

/// <summary>An event's matchmaking rules, set by organizers: until when firms may ask, how long a request waits, how many each may send.</summary>
public sealed class MatchmakingSettings
{
    public const int DefaultExpiryHours = 72;
    public const int DefaultQuota = 30;

    public Guid EventId { get; set; }
    public DateTimeOffset? RequestDeadline { get; set; }
    public int ExpiryHours { get; set; } = DefaultExpiryHours;
    public int QuotaPerParticipant { get; set; } = DefaultQuota;

    public static MatchmakingSettings DefaultsFor(Guid eventId) => new() { EventId = eventId };

    /// <summary>When a request made at <paramref name="now"/> stops waiting: after the expiry hours, but never past the event's end.</summary>
    public static DateTimeOffset ExpiryOf(DateTimeOffset now, int expiryHours, DateTimeOffset eventEndsAt) =>
        now.AddHours(expiryHours) is var expiry && expiry < eventEndsAt ? expiry : eventEndsAt;
}

/// <summary>One row per event for its schedule; <see cref="Version"/> makes two organizers publishing at once collide instead of both winning.</summary>
public sealed class EventSchedule
{
    public Guid EventId { get; set; }
    public DateTimeOffset? DraftedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public int Weight { get; set; }
    public int Gaps { get; set; }

    /// <summary>The engine's upper bound on the draft's weight: equal to <see cref="Weight"/> when the draft is optimal.</summary>
    public int? UpperBound { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
