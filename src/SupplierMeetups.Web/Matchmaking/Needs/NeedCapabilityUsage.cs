using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.Matchmaking.Needs;

/// <summary>Primes' needs name capabilities: organizers may not remove a term a need still asks for.</summary>
internal sealed class NeedCapabilityUsage(AppDbContext db) : ICapabilityUsage
{
    public string CountText => "{0} needs";

    public Task<int> CountAsync(string code, CancellationToken cancellationToken) =>
        db.Set<PrimeNeed>().CountAsync(n => n.Capabilities.Contains(code), cancellationToken);
}
