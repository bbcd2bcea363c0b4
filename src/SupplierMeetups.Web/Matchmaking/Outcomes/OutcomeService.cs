using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Matchmaking.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Matchmaking.Outcomes;

/// <summary>Each side records the outcome of its own published meetings once the meeting's slot has begun.</summary>
public sealed class OutcomeService(AppDbContext db, IEventQueries events, TimeProvider clock, IStringLocalizer<SharedResource> l, IModuleEvents moduleEvents)
{
    public async Task<Outcome<MeetingOutcome>> RecordAsync(Guid eventId, FirmCard? me, Guid meetingId, OutcomeInput input, CancellationToken cancellationToken)
    {
        var meeting = await db.Set<MeetingRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == meetingId && r.EventId == eventId, cancellationToken);
        if (meeting is null || me is null || !meeting.Involves(me.ParticipationId) || meeting.Status != RequestStatus.Accepted || meeting.PublishedSlot is null)
        {
            return new Refusal(l["There is no such meeting."], StatusCodes.Status404NotFound);
        }
        var theEvent = (await events.FindAsync(eventId, cancellationToken))!;
        var slot = theEvent.Slots().Single(s => s.Id == meeting.PublishedSlot);
        if (clock.GetUtcNow() < theEvent.AtVenue(slot.Date, slot.Start))
        {
            return new Refusal(l["The outcome can be recorded once the meeting has begun."]);
        }
        var row = await db.Set<MeetingOutcome>().SingleOrDefaultAsync(o => o.RequestId == meetingId && o.ParticipationId == me.ParticipationId, cancellationToken);
        if (row is null)
        {
            row = new MeetingOutcome { RequestId = meetingId, ParticipationId = me.ParticipationId, EventId = eventId };
            db.Add(row);
        }
        // Follow-ups of a meeting that did not take place make no sense; they are dropped rather than stored.
        var recorded = input.Held
            ? (Held: true, input.Nda, input.RequestForQuotation, input.SiteVisit, input.PortalRegistration)
            : (Held: false, Nda: false, RequestForQuotation: false, SiteVisit: false, PortalRegistration: false);
        if (db.Entry(row).State != EntityState.Added && (row.Held, row.Nda, row.RequestForQuotation, row.SiteVisit, row.PortalRegistration) == recorded)
        {
            // The same outcome sent again (a retry, a second tap): nothing happened, so nobody hears of it twice.
            return row;
        }
        (row.Held, row.Nda, row.RequestForQuotation, row.SiteVisit, row.PortalRegistration) = recorded;
        row.RecordedAt = clock.GetUtcNow();
        await moduleEvents.PublishAsync(new OutcomeRecorded(eventId, meetingId, me.ParticipationId, row.Held, row.Nda, row.RequestForQuotation, row.SiteVisit, row.PortalRegistration), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }
}
