using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Matchmaking;
using SupplierMeetups.Web.Matchmaking.Availability;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.Benchmarks.Meetings;

/// <summary>
/// Grows the loaded demo to the size: 60 primes with five desks of their own each, 1,500 suppliers and
/// 8,000 accepted requests (every supplier with five or six primes, deterministic), in place of the demo's requests.
/// </summary>
internal static class ScaledDemo
{
    public const int Primes = 60;
    public const int Suppliers = 1500;
    public const int Requests = 8000;
    public const int DesksPerPrime = 5;

    public static async Task<Guid> ScaleAsync(AppDbContext db)
    {
        var theEvent = await db.Set<Event>().SingleAsync();
        var participations = await db.Set<Participation>().Where(p => p.EventId == theEvent.Id && p.Status == ParticipationStatus.Approved).ToListAsync();
        var primes = participations.Where(p => p.Type == ParticipationType.Prime).ToList();
        var suppliers = participations.Where(p => p.Type != ParticipationType.Prime).ToList();
        for (var i = primes.Count; i < Primes; i++)
        {
            primes.Add(AddFirm(db, theEvent.Id, $"Ana Sanayi {i + 1:00}", ParticipationType.Prime, "Ankara"));
        }
        for (var i = suppliers.Count; i < Suppliers; i++)
        {
            suppliers.Add(AddFirm(db, theEvent.Id, $"Tedarikçi {i + 1:0000} Makina", ParticipationType.Supplier, i % 3 == 0 ? "Konya" : "Kayseri"));
        }
        db.RemoveRange(await db.Set<MeetingRequest>().Where(r => r.EventId == theEvent.Id).ToListAsync());
        db.RemoveRange(await db.Set<PrimeDesk>().Where(d => d.EventId == theEvent.Id).ToListAsync());
        db.RemoveRange(await db.Set<FirmAvailability>().Where(a => a.EventId == theEvent.Id).ToListAsync());
        for (var p = 0; p < primes.Count; p++)
        {
            for (var d = 1; d <= DesksPerPrime; d++)
            {
                var code = $"P{p + 1:00}-{d}";
                db.Add(new MeetingTable { EventId = theEvent.Id, Code = code, HallName = "Salon 2" });
                db.Add(new PrimeDesk { EventId = theEvent.Id, TableCode = code, PrimeId = primes[p].Id });
            }
            db.Add(new FirmAvailability { EventId = theEvent.Id, ParticipationId = primes[p].Id, DesksAtOnce = DesksPerPrime });
        }
        var now = DateTimeOffset.UtcNow;
        var count = 0;
        for (var round = 0; round < 6 && count < Requests; round++)
        {
            for (var s = 0; s < suppliers.Count && count < Requests; s++, count++)
            {
                db.Add(new MeetingRequest
                {
                    EventId = theEvent.Id,
                    PrimeId = primes[(s + 11 * round) % Primes].Id,
                    SupplierId = suppliers[s].Id,
                    RequestedBy = (s + round) % 2 == 0 ? Side.Prime : Side.Supplier,
                    Priority = 1 + (s + round) % 3,
                    Status = RequestStatus.Accepted,
                    CreatedAt = now.AddSeconds(count),
                    AnsweredAt = now,
                    ExpiresAt = now.AddDays(3),
                });
            }
        }
        await db.SaveChangesAsync();
        return theEvent.Id;
    }

    private static Participation AddFirm(AppDbContext db, Guid eventId, string name, ParticipationType type, string city)
    {
        var firm = new Firm { ShortName = name, LegalName = name + " A.Ş.", City = city, Capabilities = ["machining"] };
        firm.RefreshSearchText();
        var participation = new Participation { EventId = eventId, FirmId = firm.Id, Type = type, Status = ParticipationStatus.Approved, RegisteredAt = DateTimeOffset.UtcNow };
        db.AddRange(firm, participation);
        return participation;
    }
}
