using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Registration;

/// <summary>The taxonomy flattened parent-first for check-box lists, names in the reader's language.</summary>
public static class CapabilityTree
{
    public static async Task<IReadOnlyList<CapabilityNode>> LoadAsync(AppDbContext db, string language, CancellationToken cancellationToken)
    {
        var all = await db.Set<Capability>().AsNoTracking().ToListAsync(cancellationToken);
        var children = all.ToLookup(c => c.ParentCode is { } p && all.Any(x => x.Code == p) ? p : null);
        var result = new List<CapabilityNode>();
        void Walk(string? parent, int depth)
        {
            foreach (var c in children[parent].OrderBy(c => c.Name(language), TurkishText.Order))
            {
                result.Add(new CapabilityNode(c.Code, c.Name(language), depth));
                Walk(c.Code, depth + 1);
            }
        }
        Walk(null, 0);
        return result;
    }
}

internal sealed class CapabilityTaxonomy(AppDbContext db) : ICapabilityTaxonomy
{
    public async Task<IReadOnlyList<CapabilityTerm>> AllAsync(CancellationToken cancellationToken) =>
        await db.Set<Capability>().AsNoTracking().Select(c => new CapabilityTerm(c.Code, c.ParentCode, c.NameTr, c.NameEn)).ToListAsync(cancellationToken);

    public Task<IReadOnlyList<CapabilityNode>> TreeAsync(string language, CancellationToken cancellationToken) => CapabilityTree.LoadAsync(db, language, cancellationToken);
}
