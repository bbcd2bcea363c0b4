using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Matchmaking.DraftSchedule;

/// <summary>Per firm: how many requests it is part of, how many were accepted, placed, and which were left out and why.</summary>
public sealed record ParticipantReview(FirmCard Firm, int Requested, int Accepted, int Scheduled, IReadOnlyList<UnscheduledLine> Unscheduled)
{
    /// <summary>A supplier that has accepted meetings but not one of them placed: the organizer should look at it.</summary>
    public bool Flagged => !Firm.IsPrime && Accepted > 0 && Scheduled == 0;
}

public sealed record UnscheduledLine(Guid RequestId, string Counterpart, int Priority, string Reason);

public sealed record ScheduleReviewModel(EventSchedule? Schedule, IReadOnlyList<ParticipantReview> Participants, int Accepted, int Scheduled, int Published);

public sealed class ScheduleReview(AppDbContext db, Participants participants)
{
    public async Task<ScheduleReviewModel> LoadAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var schedule = await db.Set<EventSchedule>().AsNoTracking().SingleOrDefaultAsync(s => s.EventId == eventId, cancellationToken);
        var requests = await db.Set<MeetingRequest>().AsNoTracking().Where(r => r.EventId == eventId)
            .Select(r => new { r.Id, r.PrimeId, r.SupplierId, r.Status, r.Slot, r.PublishedSlot, r.Priority, r.UnscheduledReason }).ToListAsync(cancellationToken);
        var firms = await participants.AllAsync(eventId, cancellationToken);
        var reviews = new List<ParticipantReview>();
        foreach (var group in requests.SelectMany(r => new[] { (Firm: r.PrimeId, Request: r), (Firm: r.SupplierId, Request: r) }).GroupBy(x => x.Firm))
        {
            if (!firms.TryGetValue(group.Key, out var firm))
            {
                continue;
            }
            var accepted = group.Where(x => x.Request.Status == RequestStatus.Accepted).Select(x => x.Request).ToList();
            var unscheduled = accepted.Where(r => r.Slot is null)
                .Select(r => new UnscheduledLine(r.Id, firms.TryGetValue(r.PrimeId == group.Key ? r.SupplierId : r.PrimeId, out var other) ? other.ShortName : "?", r.Priority, r.UnscheduledReason ?? ""))
                .ToList();
            reviews.Add(new ParticipantReview(firm, group.Count(), accepted.Count, accepted.Count(r => r.Slot is not null), unscheduled));
        }
        var ordered = reviews.OrderByDescending(r => r.Flagged).ThenByDescending(r => r.Firm.IsPrime).ThenBy(r => r.Firm.ShortName, Platform.Localization.TurkishText.Order).ToList();
        var acceptedAll = requests.Where(r => r.Status == RequestStatus.Accepted).ToList();
        return new ScheduleReviewModel(schedule, ordered, acceptedAll.Count, acceptedAll.Count(r => r.Slot is not null), acceptedAll.Count(r => r.PublishedSlot is not null));
    }
}
