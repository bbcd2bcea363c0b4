using SupplierMeetups.Web.Matchmaking.Availability;
using SupplierMeetups.Web.Matchmaking.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Matchmaking;

/// <summary>
/// The demo's matchmaking, deterministic: each prime owns the desks named after it, and approved suppliers
/// have accepted requests with a few primes, so an organizer can draft a schedule right away.
/// </summary>
internal sealed class MatchmakingDemo(AppDbContext db) : IMatchmakingDemoData
{
    public void AddDemoMeetings(Guid eventId, IReadOnlyList<string> tableCodes, IReadOnlyList<(Guid ParticipationId, string ShortName)> primes, IReadOnlyList<Guid> suppliers, DateTimeOffset now)
    {
        var random = new Random(2025_11_06);
        foreach (var (primeId, shortName) in primes)
        {
            var prefix = TurkishText.Fold(shortName).Replace(" ", "", StringComparison.Ordinal)[..3] + "-";
            var desks = tableCodes.Where(code => code.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            db.AddRange(desks.Select(code => new PrimeDesk { EventId = eventId, TableCode = code, PrimeId = primeId }));
            db.Add(new FirmAvailability { ParticipationId = primeId, EventId = eventId, DesksAtOnce = Math.Max(1, desks.Count) });
        }
        foreach (var supplierId in suppliers)
        {
            foreach (var (primeId, _) in primes.OrderBy(_ => random.Next()).Take(random.Next(4)))
            {
                var bySupplier = random.Next(2) == 0;
                db.Add(new MeetingRequest
                {
                    EventId = eventId,
                    PrimeId = primeId,
                    SupplierId = supplierId,
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
