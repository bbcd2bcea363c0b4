using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.FirmDirectory;
using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.Web.Registration.Figures;

/// <summary>One line of the figures: a city, or the whole event (<see cref="City"/> null).</summary>
public sealed record FigureLine(
    string? City, int MsbApprovedSuppliers, int YetenFirms, int EydepFirms, IReadOnlyDictionary<string, int> CertificatesByKind,
    int Exhibitors, int Suppliers, int Primes, int? Visitors);

public sealed record FiguresReport(Guid EventId, string EventName, IReadOnlyList<string> CertificateKinds, IReadOnlyList<FigureLine> Cities, FigureLine Total);

/// <summary>
/// The counts the chamber quotes, per event and per city. Firms count when their participation is approved; the
/// qualification counts are of the supplier base (suppliers and exhibitors, not primes) and of qualifications valid on the
/// event's last day. Visitors have no city: they are counted for the whole event, erased ones included.
/// </summary>
public sealed class EventFigures(AppDbContext db)
{
    public static readonly string[] StandardCertificateKinds = ["AQAP-2110", "ISO 9001", "AS/EN 9100", "ISO 27001"];

    public async Task<FiguresReport> ComputeAsync(EventInfo e, string language, CancellationToken cancellationToken)
    {
        var rows = await (
            from p in db.Set<Participation>().AsNoTracking()
            where p.EventId == e.Id && p.Status == ParticipationStatus.Approved
            join f in db.Set<Firm>().AsNoTracking() on p.FirmId equals f.Id
            select new DirectoryRow(p, f)).ToListAsync(cancellationToken);
        var visitors = await db.Set<Visitor>().CountAsync(v => v.EventId == e.Id, cancellationToken);
        var kinds = StandardCertificateKinds
            .Concat(rows.SelectMany(r => QualificationCheck.ValidCertificateKinds(r.Firm.Qualifications, e.EndDate)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // "Konya" and "KONYA" typed by two firms are one city.
        var cities = rows.GroupBy(r => TurkishText.Fold(r.Firm.City))
            .Select(g => (Name: g.First().Firm.City.Trim(), Rows: g.ToList()))
            .OrderBy(g => g.Name, TurkishText.Order)
            .Select(g => Line(g.Name, g.Rows, kinds, e.EndDate, null))
            .ToList();
        return new FiguresReport(e.Id, e.Name(language), kinds, cities, Line(null, rows, kinds, e.EndDate, visitors));
    }

    private static FigureLine Line(string? city, IReadOnlyList<DirectoryRow> rows, IReadOnlyList<string> kinds, DateOnly on, int? visitors)
    {
        var supplierBase = rows.Where(r => r.Participation.Type != ParticipationType.Prime).Select(r => r.Firm.Qualifications).ToList();
        var certificates = kinds.ToDictionary(
            kind => kind,
            kind => supplierBase.Count(q => QualificationCheck.ValidCertificateKinds(q, on).Contains(kind, StringComparer.OrdinalIgnoreCase)));
        return new FigureLine(
            city,
            supplierBase.Count(q => QualificationCheck.MsbValid(q, on)),
            supplierBase.Count(q => q.YetenRegistered),
            supplierBase.Count(q => q.EydepAssessed),
            certificates,
            rows.Count(r => r.Participation.Type == ParticipationType.Exhibitor),
            rows.Count(r => r.Participation.Type == ParticipationType.Supplier),
            rows.Count(r => r.Participation.Type == ParticipationType.Prime),
            visitors);
    }
}
