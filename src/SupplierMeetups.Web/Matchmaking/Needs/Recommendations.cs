using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Matchmaking.Catalog;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Matchmaking.Needs;

/// <summary>One supplier's fit to a need: what matched and what is missing, so that the ranking explains itself.</summary>
public sealed record Fit(Guid FirmId, string Firm, string City, int Score, IReadOnlyList<string> MatchedCapabilities, IReadOnlyList<string> MissingCapabilities, IReadOnlyList<string> MatchedQualifications, IReadOnlyList<string> MissingQualifications);

/// <summary>
/// Ranks suppliers by fit to a prime's need: each required capability the supplier has (itself or a sub-capability)
/// counts two, each required qualification valid on the event's last day counts one. Suppliers with no capability
/// in common are left out when the need names capabilities.
/// </summary>
public sealed class Recommendations(AppDbContext db, ICapabilityTaxonomy capabilities, IFirmProfiles profiles, IEventQueries events, Participants participants)
{
    public async Task<IReadOnlyList<Fit>> ForNeedAsync(PrimeNeed need, CancellationToken cancellationToken)
    {
        var (lastDay, taxonomy) = await ContextAsync(need.EventId, cancellationToken);
        var suppliers = await profiles.ApprovedSuppliersAsync(need.EventId, cancellationToken);
        return suppliers.Select(f => Score(need, f, lastDay, taxonomy))
            .Where(fit => need.Capabilities.Count == 0 || fit.MatchedCapabilities.Count > 0)
            .OrderByDescending(fit => fit.Score).ThenBy(fit => fit.Firm, TurkishText.Order).ToList();
    }

    /// <summary>The needs of all primes that a supplier fits, best fit first.</summary>
    public async Task<IReadOnlyList<(PrimeNeed Need, string Prime, Fit Fit)>> ForSupplierAsync(Guid eventId, FirmCard supplier, CancellationToken cancellationToken)
    {
        var (lastDay, taxonomy) = await ContextAsync(eventId, cancellationToken);
        var firm = await profiles.OfFirmAsync(supplier.FirmId, cancellationToken) ?? throw new InvalidOperationException($"Firm {supplier.FirmId} does not exist.");
        var needs = await db.Set<PrimeNeed>().AsNoTracking().Where(n => n.EventId == eventId).ToListAsync(cancellationToken);
        var primes = await participants.ManyAsync(eventId, needs.Select(n => n.PrimeId).Distinct().ToList(), cancellationToken);
        return needs.Select(n => (Need: n, Prime: primes.GetValueOrDefault(n.PrimeId)?.ShortName ?? "", Fit: Score(n, firm, lastDay, taxonomy)))
            .Where(x => x.Need.Capabilities.Count == 0 || x.Fit.MatchedCapabilities.Count > 0)
            .OrderByDescending(x => x.Fit.Score).ThenBy(x => x.Prime, TurkishText.Order).ToList();
    }

    private async Task<(DateOnly LastDay, IReadOnlyList<CapabilityTerm> Taxonomy)> ContextAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var theEvent = await events.GetAsync(eventId, cancellationToken);
        return (theEvent.EndDate, await capabilities.AllAsync(cancellationToken));
    }

    public static Fit Score(PrimeNeed need, FirmProfile firm, DateOnly lastDay, IReadOnlyList<CapabilityTerm> taxonomy)
    {
        var matchedCapabilities = need.Capabilities.Where(c => firm.Capabilities.Any(CatalogSearch.WithDescendants(c, taxonomy).Contains)).ToList();
        var matchedQualifications = need.Qualifications.Where(q => Holds(firm, q, lastDay)).ToList();
        return new Fit(firm.Id, firm.ShortName, firm.City, 2 * matchedCapabilities.Count + matchedQualifications.Count,
            matchedCapabilities, need.Capabilities.Except(matchedCapabilities).ToList(), matchedQualifications, need.Qualifications.Except(matchedQualifications).ToList());
    }

    private static bool Holds(FirmProfile firm, string qualification, DateOnly lastDay) => qualification switch
    {
        RequiredQualification.Msb => Qualification.MsbValid(firm, lastDay),
        RequiredQualification.Yeten => firm.Qualifications.YetenRegistered,
        RequiredQualification.Eydep => firm.Qualifications.EydepAssessed,
        RequiredQualification.Clearance => Qualification.ClearanceValid(firm, lastDay),
        _ when qualification.StartsWith(RequiredQualification.CertificatePrefix, StringComparison.Ordinal) =>
            Qualification.CertificateValid(firm, qualification[RequiredQualification.CertificatePrefix.Length..], lastDay),
        _ => false,
    };
}
