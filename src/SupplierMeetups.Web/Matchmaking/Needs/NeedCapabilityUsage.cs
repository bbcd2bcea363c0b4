using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.Matchmaking.Needs;

/// <summary>Primes' needs name capabilities: organizers may not remove a term a need still asks for.</summary>
internal sealed class NeedCapabilityUsage(AppDbContext db) : ICapabilityUsage
{
    public string CountText => "{0} needs";

    public async Task<int> CountAsync(string code, CancellationToken cancellationToken) =>
        (await db.Set<PrimeNeed>().AsNoTracking().Select(n => n.Capabilities).ToListAsync(cancellationToken)).Count(c => c.Contains(code));
}
