using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Reporting.FirmDirectory;

public sealed record DirectoryResult(IReadOnlyList<DirectoryFirm> Items, int Page, int PageSize, int Total);

/// <summary>
/// Lists an event's firms with the organizers' filters. An event has hundreds of firms, not millions: they are loaded
/// once and filtered and sorted here, so the Turkish rules (I/ı, İ/i, alphabetical order) are exact on every database.
/// </summary>
public sealed class FirmDirectoryQuery(IDirectoryFirms firms, ICapabilityTaxonomy taxonomy)
{
    public async Task<IReadOnlyList<DirectoryFirm>> AllAsync(EventInfo e, DirectoryFilter filter, bool approvedSuppliersOnly, CancellationToken cancellationToken)
    {
        var rows = await firms.OfEventAsync(e.Id, cancellationToken);
        var capabilities = await CapabilityWithDescendantsAsync(filter.Capability, cancellationToken);
        var query = rows.AsEnumerable();
        if (approvedSuppliersOnly)
        {
            query = query.Where(r => r.Status == ParticipationStatus.Approved && r.Type != ParticipationType.Prime);
        }
        if (filter.StatusValue() is { } status)
        {
            query = query.Where(r => r.Status == status);
        }
        if (filter.TypeValue() is { } type)
        {
            query = query.Where(r => r.Type == type);
        }
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var folded = TurkishText.Fold(filter.Q);
            var digits = filter.Q.Trim();
            query = query.Where(r => r.SearchText.Contains(folded, StringComparison.Ordinal)
                                     || (digits.All(char.IsAsciiDigit) && r.TaxNumber?.StartsWith(digits, StringComparison.Ordinal) == true));
        }
        if (!string.IsNullOrWhiteSpace(filter.City))
        {
            var city = TurkishText.Fold(filter.City);
            query = query.Where(r => TurkishText.Fold(r.City) == city);
        }
        if (capabilities is not null)
        {
            query = query.Where(r => r.Capabilities.Any(capabilities.Contains));
        }
        if (!string.IsNullOrWhiteSpace(filter.Qualification))
        {
            var wanted = filter.Qualification.Trim();
            query = query.Where(r => QualificationCheck.Has(r.Qualifications, wanted, e.EndDate));
        }
        return query
            .OrderBy(r => r.ShortName, TurkishText.Order)
            .ThenBy(r => r.LegalName, TurkishText.Order)
            .ToList();
    }

    public async Task<DirectoryResult> PageAsync(EventInfo e, DirectoryFilter filter, bool approvedSuppliersOnly, CancellationToken cancellationToken)
    {
        var all = await AllAsync(e, filter, approvedSuppliersOnly, cancellationToken);
        var size = Math.Clamp(filter.PageSize, 1, Platform.Http.PageRequest.MaxPageSize);
        var items = all.Skip((filter.Page - 1) * size).Take(size).ToList();
        return new DirectoryResult(items, filter.Page, size, all.Count);
    }

    private async Task<HashSet<string>?> CapabilityWithDescendantsAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var terms = await taxonomy.AllAsync(cancellationToken);
        var found = new HashSet<string>(StringComparer.Ordinal) { code.Trim() };
        // The taxonomy is a few levels deep: widen until nothing new is added.
        while (terms.Where(c => c.ParentCode is not null && found.Contains(c.ParentCode) && !found.Contains(c.Code)).Select(c => c.Code).ToList() is { Count: > 0 } children)
        {
            found.UnionWith(children);
        }
        return found;
    }
}

/// <summary>Whether a firm holds a qualification that is still valid on a given day (the event's last day).</summary>
public static class QualificationCheck
{
    public static bool Has(DirectoryQualifications q, string wanted, DateOnly on) => wanted.ToLowerInvariant() switch
    {
        "msb" => MsbValid(q, on),
        "yeten" => q.YetenRegistered,
        "eydep" => q.EydepAssessed,
        "ncage" => !string.IsNullOrWhiteSpace(q.NcageCode),
        "clearance" => !string.IsNullOrWhiteSpace(q.FacilityClearanceLevel) && (q.FacilityClearanceValidUntil is null || q.FacilityClearanceValidUntil >= on),
        _ => ValidCertificateKinds(q, on).Contains(wanted, StringComparer.OrdinalIgnoreCase),
    };

    public static bool MsbValid(DirectoryQualifications q, DateOnly on) => q.MsbApproved && (q.MsbValidUntil is null || q.MsbValidUntil >= on);

    public static IEnumerable<string> ValidCertificateKinds(DirectoryQualifications q, DateOnly on) =>
        q.Certificates.Where(c => c.ValidUntil >= on).Select(c => c.Kind).Distinct(StringComparer.OrdinalIgnoreCase);
}
