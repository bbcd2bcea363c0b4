using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.Contracts;
using SupplierMeetups.Web.Registration.Taxonomy;

namespace SupplierMeetups.Web.Registration;

/// <summary>The demo's primes and suppliers, generated from a fixed seed, so every start produces the same data.</summary>
internal sealed class RegistrationDemoData(AppDbContext db) : IRegistrationDemoData
{
    private const int Seed = 2025_11_05;

    public IReadOnlyList<string> PrimeShortNames { get; } = RegistrationDemoCatalog.Primes.Select(p => p.Short).ToList();

    public IReadOnlyList<DemoParticipant> AddDemoFirms(Guid eventId, int supplierCount, DateTimeOffset now)
    {
        var random = new Random(Seed);
        db.AddRange(Consent.DefaultConsentTexts.For(eventId, now));
        // The default taxonomy is usually there already (Registration:SeedDefaultTaxonomy); the demo needs every term of it.
        db.AddRange(DefaultTaxonomy.Missing(db.Set<Capability>().Select(c => c.Code).ToHashSet()));

        var firms = RegistrationDemoCatalog.Primes.Select((p, i) => Prime(p.Short, p.Legal, p.City, i)).ToList();
        firms.AddRange(Enumerable.Range(0, supplierCount).Select(i => Supplier(i, random)));
        db.AddRange(firms);

        var participations = firms.Select((f, i) => new Participation
        {
            EventId = eventId,
            FirmId = f.Id,
            Type = i < RegistrationDemoCatalog.Primes.Length ? ParticipationType.Prime : (i % 5 < 2 ? ParticipationType.Exhibitor : ParticipationType.Supplier),
            Status = i < RegistrationDemoCatalog.Primes.Length || i % 13 != 0 ? ParticipationStatus.Approved : ParticipationStatus.Pending,
            RegisteredAt = now,
        }).ToList();
        db.AddRange(participations);
        return participations.Select((p, i) => new DemoParticipant(
            p.Id, p.FirmId, firms[i].ShortName, p.Type == ParticipationType.Prime, p.Type == ParticipationType.Exhibitor, p.Status == ParticipationStatus.Approved)).ToList();
    }

    public async Task SetContactAsync(Guid eventId, string firmShortName, Guid userId, CancellationToken cancellationToken)
    {
        var participation = await db.Set<Participation>()
            .Join(db.Set<Firm>(), p => p.FirmId, f => f.Id, (p, f) => new { p, f.ShortName })
            .Where(x => x.p.EventId == eventId && x.ShortName == firmShortName).Select(x => x.p).SingleAsync(cancellationToken);
        participation.ContactUserId = userId;
    }

    private static Firm Prime(string shortName, string legalName, string city, int index)
    {
        var firm = new Firm
        {
            ShortName = shortName,
            LegalName = legalName,
            TaxNumber = TaxNumber.WithCheckDigit($"1{index:00}0000{index:00}"),
            City = city,
            Address = $"{city}, Türkiye",
            Employees = 2000 + index * 750,
            FoundedYear = 1950 + index * 4,
            Website = $"https://www.{Ascii(shortName).ToLowerInvariant()}.com.tr",
            Qualifications = new Qualifications { MsbApproved = true, YetenRegistered = true, NcageCode = $"T{index:00}0A" },
        };
        firm.RefreshSearchText();
        return firm;
    }

    private static Firm Supplier(int index, Random random)
    {
        var stem = RegistrationDemoCatalog.NameStems[index % RegistrationDemoCatalog.NameStems.Length];
        var suffix = RegistrationDemoCatalog.NameSuffixes[(index + index / RegistrationDemoCatalog.NameStems.Length * 5) % RegistrationDemoCatalog.NameSuffixes.Length];
        var city = RegistrationDemoCatalog.SupplierCities[random.Next(RegistrationDemoCatalog.SupplierCities.Length)];
        var capabilities = DefaultTaxonomy.Terms.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).Select(c => c.Code).Order(StringComparer.Ordinal).ToList();
        var msb = random.NextDouble() < 0.35;
        var eydep = random.NextDouble() < 0.3;
        var certificates = RegistrationDemoCatalog.CertificateKinds.Where(_ => random.NextDouble() < 0.4)
            .Select(kind => new Certificate { Kind = kind, Number = $"{kind[..3]}-{random.Next(10000, 99999)}", IssuedOn = new DateOnly(2023, 1 + random.Next(12), 1), ValidUntil = new DateOnly(2024 + random.Next(4), 1 + random.Next(12), 1) })
            .ToList();
        var firm = new Firm
        {
            ShortName = $"{stem} {suffix}",
            LegalName = $"{stem} {suffix} Sanayi ve Ticaret {(index % 3 == 0 ? "A.Ş." : "Ltd. Şti.")}",
            TaxNumber = TaxNumber.WithCheckDigit($"{7 + index % 3}{index:000}{random.Next(10000, 99999)}"),
            City = city,
            Address = $"{(city == "Konya" ? "Konya Organize Sanayi Bölgesi" : "Organize Sanayi Bölgesi")}, {city}",
            Employees = 10 + random.Next(490),
            FoundedYear = 1970 + random.Next(54),
            ExportSharePercent = random.Next(0, 60),
            ExportMarkets = RegistrationDemoCatalog.ExportMarkets.Where(_ => random.NextDouble() < 0.2).ToList(),
            Capabilities = capabilities,
            Qualifications = new Qualifications
            {
                MsbApproved = msb,
                MsbDocumentNumber = msb ? $"MSB-{random.Next(1000, 9999)}" : null,
                MsbValidUntil = msb ? new DateOnly(2026, 1 + random.Next(12), 1) : null,
                YetenRegistered = random.NextDouble() < 0.65,
                EydepAssessed = eydep,
                EydepLevel = eydep ? 1 + random.Next(5) : null,
                NcageCode = random.NextDouble() < 0.4 ? $"{random.Next(10, 99)}{(char)('A' + random.Next(26))}{random.Next(10, 99)}" : null,
                FacilityClearanceLevel = random.NextDouble() < 0.2 ? "Gizli" : null,
                Certificates = certificates,
            },
        };
        if (firm.Qualifications.FacilityClearanceLevel is not null)
        {
            firm.Qualifications.FacilityClearanceValidUntil = new DateOnly(2027, 6, 30);
        }
        firm.RefreshSearchText();
        return firm;
    }

    private static string Ascii(string text) => TurkishText.Fold(text).Replace(" ", "", StringComparison.Ordinal);
}
