using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Registration.FirmDirectory;

public sealed record DirectoryRow(Participation Participation, Firm Firm);

public sealed record DirectoryResult(IReadOnlyList<DirectoryRow> Items, int Page, int PageSize, int Total);

/// <summary>
/// Lists an event's firms with the organizers' filters. An event has hundreds of firms, not millions: they are loaded
/// once and filtered and sorted here, so the Turkish rules (I/ı, İ/i, alphabetical order) are exact on every database.
/// </summary>
public sealed class FirmDirectoryQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<DirectoryRow>> AllAsync(EventInfo e, DirectoryFilter filter, bool approvedSuppliersOnly, CancellationToken cancellationToken)
    {
        var rows = await (
            from p in db.Set<Participation>().AsNoTracking()
            where p.EventId == e.Id
            join f in db.Set<Firm>().AsNoTracking() on p.FirmId equals f.Id
            select new DirectoryRow(p, f)).ToListAsync(cancellationToken);
        var capabilities = await CapabilityWithDescendantsAsync(filter.Capability, cancellationToken);
        var query = rows.AsEnumerable();
        if (approvedSuppliersOnly)
        {
            query = query.Where(r => r.Participation.Status == ParticipationStatus.Approved && r.Participation.Type != ParticipationType.Prime);
        }
        if (filter.ParsedStatus is { } status)
        {
            query = query.Where(r => r.Participation.Status == status);
        }
        if (filter.ParsedType is { } type)
        {
            query = query.Where(r => r.Participation.Type == type);
        }
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var folded = TurkishText.Fold(filter.Q);
            var digits = filter.Q.Trim();
            query = query.Where(r => r.Firm.SearchText.Contains(folded, StringComparison.Ordinal)
                                     || (digits.All(char.IsAsciiDigit) && r.Firm.TaxNumber?.StartsWith(digits, StringComparison.Ordinal) == true));
        }
        if (!string.IsNullOrWhiteSpace(filter.City))
        {
            var city = TurkishText.Fold(filter.City);
            query = query.Where(r => TurkishText.Fold(r.Firm.City) == city);
        }
        if (capabilities is not null)
        {
            query = query.Where(r => r.Firm.Capabilities.Any(capabilities.Contains));
        }
        if (!string.IsNullOrWhiteSpace(filter.Qualification))
        {
            var wanted = filter.Qualification.Trim();
            query = query.Where(r => QualificationCheck.Has(r.Firm.Qualifications, wanted, e.EndDate));
        }
        return query
            .OrderBy(r => r.Firm.ShortName, TurkishText.Order)
            .ThenBy(r => r.Firm.LegalName, TurkishText.Order)
            .ToList();
    }

    public async Task<DirectoryResult> PageAsync(EventInfo e, DirectoryFilter filter, bool approvedSuppliersOnly, CancellationToken cancellationToken)
    {
        var all = await AllAsync(e, filter, approvedSuppliersOnly, cancellationToken);
        var items = all.Skip((filter.Page - 1) * DirectoryFilter.PageSize).Take(DirectoryFilter.PageSize).ToList();
        return new DirectoryResult(items, filter.Page, DirectoryFilter.PageSize, all.Count);
    }

    private async Task<HashSet<string>?> CapabilityWithDescendantsAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var taxonomy = await db.Set<Capability>().AsNoTracking().Select(c => new { c.Code, c.ParentCode }).ToListAsync(cancellationToken);
        var found = new HashSet<string>(StringComparer.Ordinal) { code.Trim() };
        // The taxonomy is a few levels deep: widen until nothing new is added.
        while (taxonomy.Where(c => c.ParentCode is not null && found.Contains(c.ParentCode) && !found.Contains(c.Code)).Select(c => c.Code).ToList() is { Count: > 0 } children)
        {
            found.UnionWith(children);
        }
        return found;
    }
}

/// <summary>Whether a firm holds a qualification that is still valid on a given day (the event's last day).</summary>
public static class QualificationCheck
{
    public static bool Has(Qualifications q, string wanted, DateOnly on) => wanted.ToLowerInvariant() switch
    {
        "msb" => MsbValid(q, on),
        "yeten" => q.YetenRegistered,
        "eydep" => q.EydepAssessed,
        "ncage" => !string.IsNullOrWhiteSpace(q.NcageCode),
        "clearance" => !string.IsNullOrWhiteSpace(q.FacilityClearanceLevel) && (q.FacilityClearanceValidUntil is null || q.FacilityClearanceValidUntil >= on),
        _ => ValidCertificateKinds(q, on).Contains(wanted, StringComparer.OrdinalIgnoreCase),
    };

    public static bool MsbValid(Qualifications q, DateOnly on) => q.MsbApproved && (q.MsbValidUntil is null || q.MsbValidUntil >= on);

    public static IEnumerable<string> ValidCertificateKinds(Qualifications q, DateOnly on) =>
        q.Certificates.Where(c => c.ValidUntil >= on).Select(c => c.Kind).Distinct(StringComparer.OrdinalIgnoreCase);
}
