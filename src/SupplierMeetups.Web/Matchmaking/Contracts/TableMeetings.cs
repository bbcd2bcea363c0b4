namespace SupplierMeetups.Web.Matchmaking.Contracts;

/// <summary>A published meeting at its table, with the slot's start and end at the venue (UTC).</summary>
public sealed record TableMeeting(
    Guid MeetingId, Guid EventId, Guid PrimeParticipationId, Guid SupplierParticipationId, string Slot, string Table, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <summary>The published meetings of an event as the tables see them, for checking both sides in.</summary>
public interface ITableMeetings
{
    /// <summary>The meeting when it is accepted and published; null otherwise.</summary>
    Task<TableMeeting?> FindAsync(Guid eventId, Guid meetingId, CancellationToken cancellationToken);

    /// <summary>Every published meeting of the event, by slot then table.</summary>
    Task<IReadOnlyList<TableMeeting>> PublishedAsync(Guid eventId, CancellationToken cancellationToken);
}
