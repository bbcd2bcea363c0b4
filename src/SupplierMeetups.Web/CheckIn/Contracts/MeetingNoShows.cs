namespace SupplierMeetups.Web.CheckIn.Contracts;

/// <summary>
/// A published meeting whose slot has ended without both sides scanned at the table: proposed as a no-show until an
/// organizer confirms it (<see cref="ConfirmedAt"/>).
/// </summary>
public sealed record ProposedNoShow(
    Guid MeetingId, string Slot, string Table, Guid PrimeParticipationId, Guid SupplierParticipationId, bool PrimePresent, bool SupplierPresent,
    DateTimeOffset? ConfirmedAt);

/// <summary>What the table check-ins propose to the outcomes page, and the organizer's confirmation.</summary>
public interface IMeetingNoShows
{
    /// <summary>
    /// The event's ended meetings with a side missing at the table, newest slot first. Empty while no table of the event
    /// has scanned anyone: an event that does not check meetings in proposes nothing.
    /// </summary>
    Task<IReadOnlyList<ProposedNoShow>> ProposedAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>Confirms the proposal (idempotent); false when the meeting is not a proposed no-show.</summary>
    Task<bool> ConfirmAsync(Guid eventId, Guid meetingId, Guid organizerId, CancellationToken cancellationToken);
}
