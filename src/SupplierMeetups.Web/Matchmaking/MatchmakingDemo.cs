using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Matchmaking.Availability;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Matchmaking;

/// <summary>
/// The demo's matchmaking, deterministic: each prime owns the desks named after it, and approved suppliers
/// have accepted requests with a few primes, so an organizer can draft a schedule right away.
/// </summary>
internal static class MatchmakingDemo
{
    public static void Add(AppDbContext db, Event theEvent, IReadOnlyList<ParticipantFirm> participations, DateTimeOffset now)
    {
        var random = new Random(2025_11_06);
        var primes = participations.Where(p => p.Type == ParticipationType.Prime).ToList();
        foreach (var prime in primes)
        {
            var prefix = TurkishText.Fold(prime.ShortName).Replace(" ", "", StringComparison.Ordinal)[..3] + "-";
            var desks = theEvent.Tables.Where(t => t.Code.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            db.AddRange(desks.Select(t => new PrimeDesk { EventId = theEvent.Id, TableCode = t.Code, PrimeId = prime.ParticipationId }));
            db.Add(new FirmAvailability { ParticipationId = prime.ParticipationId, EventId = theEvent.Id, DesksAtOnce = Math.Max(1, desks.Count) });
        }
        var suppliers = participations.Where(p => p.Type != ParticipationType.Prime && p.Status == ParticipationStatus.Approved).ToList();
        foreach (var supplier in suppliers)
        {
            foreach (var prime in primes.OrderBy(_ => random.Next()).Take(random.Next(4)))
            {
                var bySupplier = random.Next(2) == 0;
                db.Add(new MeetingRequest
                {
                    EventId = theEvent.Id,
                    PrimeId = prime.ParticipationId,
                    SupplierId = supplier.ParticipationId,
                    RequestedBy = bySupplier ? Side.Supplier : Side.Prime,
                    Priority = 1 + random.Next(3),
                    Status = RequestStatus.Accepted,
                    CreatedAt = now,
                    AnsweredAt = now,
                    ExpiresAt = now.AddHours(MatchmakingSettings.DefaultExpiryHours),
                });
            }
        }
    }
}
