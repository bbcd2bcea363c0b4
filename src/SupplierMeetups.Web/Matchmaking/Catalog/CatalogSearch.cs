using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Matchmaking.Catalog;

/// <summary>What a prime filters the supplier catalog by; every field is optional.</summary>
public sealed class CatalogFilter
{
    public string? Q { get; set; }
    public string? Capability { get; set; }
    public bool Msb { get; set; }
    public bool Yeten { get; set; }
    public int? EydepLevel { get; set; }
    public string? Certificate { get; set; }
    public bool Clearance { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record CatalogPage(IReadOnlyList<FirmProfile> Firms, int Total, int Page, int PageSize, IReadOnlyList<CapabilityTerm> Capabilities, IReadOnlyList<string> Cities);

/// <summary>
/// Approved suppliers of an event, filtered in memory: a fair has at most a few thousand, and qualifications
/// live in a JSON column that both databases would query differently. A capability finds its sub-capabilities too;
/// a qualification counts only when it is valid on every day of the event.
/// </summary>
public sealed class CatalogSearch(IFirmProfiles profiles, ICapabilityTaxonomy taxonomy, IEventQueries events)
{
    public const int PageSize = 20;

    public async Task<CatalogPage?> SearchAsync(Guid eventId, CatalogFilter filter, CancellationToken cancellationToken)
    {
        var theEvent = await events.FindAsync(eventId, cancellationToken);
        if (theEvent is null)
        {
            return null;
        }
        var capabilities = await taxonomy.AllAsync(cancellationToken);
        var suppliers = await SuppliersAsync(eventId, cancellationToken);
        var wanted = filter.Capability is { Length: > 0 } code ? WithDescendants(code, capabilities) : null;
        var query = filter.Q is { Length: > 0 } q ? TurkishText.Fold(q) : null;
        var lastDay = theEvent.EndDate;
        var matches = suppliers.Where(f =>
                (query is null || f.SearchText.Contains(query, StringComparison.Ordinal))
                && (wanted is null || f.Capabilities.Any(wanted.Contains))
                && (!filter.Msb || Qualification.MsbValid(f, lastDay))
                && (!filter.Yeten || f.Qualifications.YetenRegistered)
                && (filter.EydepLevel is not { } level || f.Qualifications.EydepAssessed && f.Qualifications.EydepLevel >= level)
                && (filter.Certificate is not { Length: > 0 } kind || Qualification.CertificateValid(f, kind, lastDay))
                && (!filter.Clearance || Qualification.ClearanceValid(f, lastDay))
                && (filter.City is not { Length: > 0 } city || TurkishText.Fold(f.City) == TurkishText.Fold(city))
                && (filter.Country is not { Length: > 0 } country || string.Equals(f.Country, country, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(f => f.ShortName, TurkishText.Order)
            .ToList();
        var page = Math.Max(1, filter.Page);
        return new CatalogPage(
            matches.Skip((page - 1) * PageSize).Take(PageSize).ToList(), matches.Count, page, PageSize,
            capabilities.OrderBy(c => c.ParentCode ?? c.Code, StringComparer.Ordinal).ThenBy(c => c.ParentCode is not null).ToList(),
            suppliers.Select(f => f.City).Distinct().Order(TurkishText.Order).ToList());
    }

    public async Task<FirmProfile?> SupplierAsync(Guid eventId, Guid firmId, CancellationToken cancellationToken) =>
        (await SuppliersAsync(eventId, cancellationToken)).SingleOrDefault(f => f.Id == firmId);

    private Task<IReadOnlyList<FirmProfile>> SuppliersAsync(Guid eventId, CancellationToken cancellationToken) =>
        profiles.ApprovedSuppliersAsync(eventId, cancellationToken);

    public static HashSet<string> WithDescendants(string code, IReadOnlyList<CapabilityTerm> all)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { code };
        for (var added = true; added;)
        {
            added = false;
            foreach (var c in all.Where(c => c.ParentCode is not null && result.Contains(c.ParentCode) && !result.Contains(c.Code)))
            {
                added = result.Add(c.Code);
            }
        }
        return result;
    }
}

/// <summary>Whether a qualification holds until the last day of the event.</summary>
public static class Qualification
{
    public static bool MsbValid(FirmProfile f, DateOnly until) => f.Qualifications.MsbApproved && (f.Qualifications.MsbValidUntil is null || f.Qualifications.MsbValidUntil >= until);

    public static bool CertificateValid(FirmProfile f, string kind, DateOnly until) =>
        f.Qualifications.Certificates.Any(c => string.Equals(c.Kind, kind, StringComparison.OrdinalIgnoreCase) && c.ValidUntil >= until);

    public static bool ClearanceValid(FirmProfile f, DateOnly until) =>
        f.Qualifications.FacilityClearanceLevel is not null && (f.Qualifications.FacilityClearanceValidUntil is null || f.Qualifications.FacilityClearanceValidUntil >= until);
}
