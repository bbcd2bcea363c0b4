using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.CheckIn.Contracts;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Reporting.Outcomes;

/// <summary>The organizer confirms a no-show that the meeting tables propose (the outcomes page and its API).</summary>
public sealed class NoShowConfirmations(IMeetingNoShows noShows, IStringLocalizer<SharedResource> l)
{
    public Task<IReadOnlyList<ProposedNoShow>> ProposedAsync(Guid eventId, CancellationToken cancellationToken) =>
        noShows.ProposedAsync(eventId, cancellationToken);

    /// <summary>
    /// The confirmed no-show; confirming it again answers the same confirmation (the first one's time and organizer
    /// stand). A 409 refusal: the meeting is not a proposed no-show (held, not ended, or not of this event).
    /// </summary>
    public async Task<Outcome<ProposedNoShow>> ConfirmAsync(Guid eventId, Guid meetingId, Guid organizerId, CancellationToken cancellationToken)
    {
        if (!await noShows.ConfirmAsync(eventId, meetingId, organizerId, cancellationToken)
            || (await noShows.ProposedAsync(eventId, cancellationToken)).FirstOrDefault(p => p.MeetingId == meetingId) is not { } confirmed)
        {
            return new Refusal(l["This meeting is not a proposed no-show."], StatusCodes.Status409Conflict);
        }
        return confirmed;
    }
}
