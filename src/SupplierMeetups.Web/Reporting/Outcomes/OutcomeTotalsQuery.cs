using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Matchmaking.Contracts;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Reporting.Outcomes;

public sealed record OutcomeTotals(string Prime, int Meetings, int Recorded, int Held, int NoShow, int Nda, int Rfq, int SiteVisit, int Portal);

/// <summary>The organizers' totals of the outcomes both sides of the published meetings recorded.</summary>
public sealed class OutcomeTotalsQuery(IMeetingOutcomes outcomes, IParticipantFirms firms, IStringLocalizer<SharedResource> l)
{
    /// <summary>Per prime, from the prime's own records (the supplier's count where the prime recorded nothing); the last line is the total.</summary>
    public async Task<IReadOnlyList<OutcomeTotals>> TotalsAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var meetings = await outcomes.PublishedMeetingsAsync(eventId, cancellationToken);
        var recorded = await outcomes.RecordedAsync(eventId, cancellationToken);
        var primes = (await firms.OfEventAsync(eventId, meetings.Select(m => m.PrimeParticipationId).Distinct().ToList(), cancellationToken))
            .ToDictionary(f => f.ParticipationId);
        var byMeeting = recorded.GroupBy(o => o.MeetingId).ToDictionary(g => g.Key, g => g.ToList());
        var rows = meetings.GroupBy(m => m.PrimeParticipationId).Select(g =>
        {
            var chosen = g.Select(m => byMeeting.GetValueOrDefault(m.MeetingId) is { } list ? list.FirstOrDefault(o => o.ParticipationId == g.Key) ?? list[0] : null)
                .Where(o => o is not null).Select(o => o!).ToList();
            return new OutcomeTotals(primes.GetValueOrDefault(g.Key)?.ShortName ?? "", g.Count(), chosen.Count, chosen.Count(o => o.Held), chosen.Count(o => !o.Held),
                chosen.Count(o => o.Nda), chosen.Count(o => o.RequestForQuotation), chosen.Count(o => o.SiteVisit), chosen.Count(o => o.PortalRegistration));
        }).OrderBy(r => r.Prime, TurkishText.Order).ToList();
        rows.Add(new OutcomeTotals(l["Total"], rows.Sum(r => r.Meetings), rows.Sum(r => r.Recorded), rows.Sum(r => r.Held), rows.Sum(r => r.NoShow),
            rows.Sum(r => r.Nda), rows.Sum(r => r.Rfq), rows.Sum(r => r.SiteVisit), rows.Sum(r => r.Portal)));
        return rows;
    }
}
