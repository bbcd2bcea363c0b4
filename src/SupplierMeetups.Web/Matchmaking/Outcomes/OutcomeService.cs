using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Matchmaking.Outcomes;

public sealed record OutcomeTotals(string Prime, int Meetings, int Recorded, int Held, int NoShow, int Nda, int Rfq, int SiteVisit, int Portal);

/// <summary>Each side records the outcome of its own published meetings once the meeting's slot has begun; organizers read the totals.</summary>
public sealed class OutcomeService(AppDbContext db, IEventQueries events, Participants participants, TimeProvider clock, IStringLocalizer<SharedResource> l)
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
        if (clock.GetUtcNow() < Agendas.IcsCalendar.AtVenue(slot.Date, slot.Start, theEvent.TimeZoneId))
        {
            return new Refusal(l["The outcome can be recorded once the meeting has begun."]);
        }
        var row = await db.Set<MeetingOutcome>().SingleOrDefaultAsync(o => o.RequestId == meetingId && o.ParticipationId == me.ParticipationId, cancellationToken);
        if (row is null)
        {
            row = new MeetingOutcome { RequestId = meetingId, ParticipationId = me.ParticipationId, EventId = eventId };
            db.Add(row);
        }
        row.Held = input.Held;
        // Follow-ups of a meeting that did not take place make no sense; they are dropped rather than stored.
        (row.Nda, row.RequestForQuotation, row.SiteVisit, row.PortalRegistration) = input.Held
            ? (input.Nda, input.RequestForQuotation, input.SiteVisit, input.PortalRegistration)
            : (false, false, false, false);
        row.RecordedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    /// <summary>Per prime, from the prime's own records (the supplier's count where the prime recorded nothing); the last line is the total.</summary>
    public async Task<IReadOnlyList<OutcomeTotals>> TotalsAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var meetings = await db.Set<MeetingRequest>().AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == RequestStatus.Accepted && r.PublishedSlot != null)
            .Select(r => new { r.Id, r.PrimeId }).ToListAsync(cancellationToken);
        var outcomes = await db.Set<MeetingOutcome>().AsNoTracking().Where(o => o.EventId == eventId).ToListAsync(cancellationToken);
        var firms = await participants.ManyAsync(eventId, meetings.Select(m => m.PrimeId).Distinct().ToList(), cancellationToken);
        var byMeeting = outcomes.GroupBy(o => o.RequestId).ToDictionary(g => g.Key, g => g.ToList());
        var rows = meetings.GroupBy(m => m.PrimeId).Select(g =>
        {
            var chosen = g.Select(m => byMeeting.GetValueOrDefault(m.Id) is { } list ? list.FirstOrDefault(o => o.ParticipationId == g.Key) ?? list[0] : null)
                .Where(o => o is not null).Select(o => o!).ToList();
            return new OutcomeTotals(firms.GetValueOrDefault(g.Key)?.ShortName ?? "", g.Count(), chosen.Count, chosen.Count(o => o.Held), chosen.Count(o => !o.Held),
                chosen.Count(o => o.Nda), chosen.Count(o => o.RequestForQuotation), chosen.Count(o => o.SiteVisit), chosen.Count(o => o.PortalRegistration));
        }).OrderBy(r => r.Prime, Platform.Localization.TurkishText.Order).ToList();
        rows.Add(new OutcomeTotals(l["Total"], rows.Sum(r => r.Meetings), rows.Sum(r => r.Recorded), rows.Sum(r => r.Held), rows.Sum(r => r.NoShow),
            rows.Sum(r => r.Nda), rows.Sum(r => r.Rfq), rows.Sum(r => r.SiteVisit), rows.Sum(r => r.Portal)));
        return rows;
    }
}
