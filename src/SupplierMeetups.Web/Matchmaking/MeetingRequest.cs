using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierMeetups.Web.Matchmaking;

public enum RequestStatus
{
    Pending,
    Accepted,
    Declined,
    Cancelled,
}

/// <summary>Which side asked for the meeting.</summary>
public enum Side
{
    Prime,
    Supplier,
}

/// <summary>
/// A request for a one-to-one meeting between a prime and a supplier (participation ids of one event). Once
/// accepted it is a meeting to schedule: <see cref="Slot"/>/<see cref="Table"/> hold the current placement
/// (draft or published) and <see cref="PublishedSlot"/>/<see cref="PublishedTable"/> what the firms were told.
/// </summary>
public sealed class MeetingRequest
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public Guid PrimeId { get; set; }
    public Guid SupplierId { get; set; }
    public Side RequestedBy { get; set; }

    /// <summary>3 = must meet, 2 = should meet, 1 = nice to meet; the engine's weight.</summary>
    public int Priority { get; set; }
    public string Note { get; set; } = "";

    /// <summary>The slot the requester would like, as a wish shown to the other side; the engine decides.</summary>
    public string? PreferredSlot { get; set; }
    public RequestStatus Status { get; set; }
    public string? DeclineReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>When both firms were told that the request expired unanswered; set once, it keeps a second run from telling them again.</summary>
    public DateTimeOffset? ExpiryNotifiedAt { get; set; }

    public string? Slot { get; set; }
    public string? Table { get; set; }
    public string? UnscheduledReason { get; set; }
    public string? PublishedSlot { get; set; }
    public string? PublishedTable { get; set; }

    /// <summary>Concurrency token: every answer bumps it, so of two answers read from the same state only one is saved.</summary>
    public int Version { get; set; }

    public Guid RequesterId => RequestedBy == Side.Prime ? PrimeId : SupplierId;
    public Guid RecipientId => RequestedBy == Side.Prime ? SupplierId : PrimeId;
    public bool IsPublished => PublishedSlot is not null;
    public bool IsExpired(DateTimeOffset now) => Status == RequestStatus.Pending && now >= ExpiresAt;
    public bool IsActive(DateTimeOffset now) => Status == RequestStatus.Accepted || Status == RequestStatus.Pending && !IsExpired(now);
    public bool Involves(Guid participationId) => PrimeId == participationId || SupplierId == participationId;
    public Guid CounterpartOf(Guid participationId) => participationId == PrimeId ? SupplierId : PrimeId;

    /// <summary>What a firm sees: pending requests past their time show as expired.</summary>
    public string StatusName(DateTimeOffset now) => IsExpired(now) ? "Expired" : Status.ToString();

    public void Accept(DateTimeOffset now)
    {
        Status = RequestStatus.Accepted;
        AnsweredAt = now;
        Version++;
    }

    public void Decline(string reason, DateTimeOffset now)
    {
        Status = RequestStatus.Declined;
        DeclineReason = reason;
        AnsweredAt = now;
        Version++;
    }

    public void Cancel()
    {
        Status = RequestStatus.Cancelled;
        Version++;
        (Slot, Table, PublishedSlot, PublishedTable, UnscheduledReason) = (null, null, null, null, null);
    }
}

public static class Priorities
{
    public const int Must = 3;
    public const int Should = 2;
    public const int Nice = 1;

    /// <summary>The English key of a priority's name ("Must meet" …); pass it through the localizer.</summary>
    public static string Name(int priority) => priority switch
    {
        Must => "Must meet",
        Should => "Should meet",
        _ => "Nice to meet",
    };
}

/// <summary>The table of meeting requests: their state and who asked are stored by name; the version guards answering and scheduling at once.</summary>
internal sealed class MeetingRequestConfiguration : IEntityTypeConfiguration<MeetingRequest>
{
    public void Configure(EntityTypeBuilder<MeetingRequest> builder)
    {
        builder.ToTable("MeetingRequests");
        builder.Property(r => r.RequestedBy).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.Property(r => r.DeclineReason).HasMaxLength(500);
        builder.Property(r => r.Slot).HasMaxLength(16);
        builder.Property(r => r.PreferredSlot).HasMaxLength(16);
        builder.Property(r => r.PublishedSlot).HasMaxLength(16);
        builder.Property(r => r.Table).HasMaxLength(32);
        builder.Property(r => r.PublishedTable).HasMaxLength(32);
        builder.Property(r => r.UnscheduledReason).HasMaxLength(1000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.EventId, r.Status });
        builder.HasIndex(r => new { r.EventId, r.PrimeId });
        builder.HasIndex(r => new { r.EventId, r.SupplierId });
    }
}
