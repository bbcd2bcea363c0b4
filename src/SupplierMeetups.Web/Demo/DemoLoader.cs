using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.Web.Demo;

/// <summary>
/// Loads the 8th Konya Defense Industry Supplier Meetings (5–7 November 2025, TÜYAP Konya) into an empty
/// database: halls, two meeting days, primes with their desks, about 150 suppliers, and the demo accounts.
/// Generated from a fixed seed, so every start produces the same data.
/// </summary>
internal sealed class DemoLoader(AppDbContext db, UserManager<AppUser> users, TimeProvider clock, ILogger<DemoLoader> logger)
{
    public const int SupplierCount = 150;
    private const int Seed = 2025_11_05;

    public async Task LoadIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Event>().AnyAsync(cancellationToken))
        {
            return;
        }
        var random = new Random(Seed);
        var konya = DemoEvent();
        db.Add(konya);
        db.AddRange(Registration.Consent.DefaultConsentTexts.For(konya.Id, clock.GetUtcNow()));
        db.AddRange(DemoCatalog.Capabilities.Select(c => new Capability { Code = c.Code, ParentCode = c.Parent, NameTr = c.Tr, NameEn = c.En }));

        var firms = DemoCatalog.Primes.Select((p, i) => Prime(p.Short, p.Legal, p.City, i)).ToList();
        firms.AddRange(Enumerable.Range(0, SupplierCount).Select(i => Supplier(i, random)));
        db.AddRange(firms);

        var participations = firms.Select((f, i) => new Participation
        {
            EventId = konya.Id,
            FirmId = f.Id,
            Type = i < DemoCatalog.Primes.Length ? ParticipationType.Prime : (i % 5 < 2 ? ParticipationType.Exhibitor : ParticipationType.Supplier),
            Status = i < DemoCatalog.Primes.Length || i % 13 != 0 ? ParticipationStatus.Approved : ParticipationStatus.Pending,
            RegisteredAt = clock.GetUtcNow(),
        }).ToList();
        db.AddRange(participations);
        konya.Tables.AddRange(PrimeDesks(konya.Id));
        var participants = participations.Select(p => ParticipantFirmDirectory.ToCard(p, firms.Single(f => f.Id == p.FirmId))).ToList();
        Exhibition.ExhibitionDemo.Add(db, konya, participants);
        Matchmaking.MatchmakingDemo.Add(db, konya, participants, clock.GetUtcNow());

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (email, name, role, firmName) in DemoAccounts.All)
        {
            var user = await CreateAccountAsync(email, name, role);
            if (firmName is not null)
            {
                var firm = firms.Single(f => f.ShortName == firmName);
                participations.Single(p => p.FirmId == firm.Id).ContactUserId = user.Id;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Demo event loaded: {Primes} primes, {Suppliers} suppliers", DemoCatalog.Primes.Length, SupplierCount);
    }

    private static Event DemoEvent()
    {
        var e = new Event
        {
            NameTr = "8. Konya Savunma Sanayi Tedarikçi Buluşmaları",
            NameEn = "8th Konya Defense Industry Supplier Meetings",
            DescriptionTr = "SSB himayesinde, MSB ve İçişleri Bakanlığı desteğiyle ana sanayi kuruluşları ile yerel tedarikçileri ikili iş görüşmelerinde buluşturan fuar.",
            DescriptionEn = "Under the patronage of the Presidency of Defense Industries (SSB), supported by the Ministry of National Defense and the Ministry of Interior: prime contractors meet local suppliers in one-to-one B2B meetings.",
            Venue = "TÜYAP Konya Fuar Merkezi",
            City = "Konya",
            StartDate = new DateOnly(2025, 11, 5),
            EndDate = new DateOnly(2025, 11, 7),
        };
        e.Halls = [new Hall { EventId = e.Id, Name = "Salon 1", AreaSquareMetres = 2700 }, new Hall { EventId = e.Id, Name = "Salon 2", AreaSquareMetres = 2700 }, new Hall { EventId = e.Id, Name = "Salon 3", AreaSquareMetres = 2700 }];
        e.MeetingDays = [MeetingDayOn(e.Id, 6), MeetingDayOn(e.Id, 7)];
        e.Tables = Enumerable.Range(1, 30).Select(n => new MeetingTable { EventId = e.Id, Code = $"T{n:00}", HallName = "Salon 3" }).ToList();
        return e;
    }

    private static MeetingDay MeetingDayOn(Guid eventId, int day) => new()
    {
        EventId = eventId,
        Date = new DateOnly(2025, 11, day),
        Start = new TimeOnly(10, 0),
        End = new TimeOnly(17, 0),
        SlotMinutes = 20,
        Breaks = [new MeetingBreak { Start = new TimeOnly(12, 0), End = new TimeOnly(13, 30) }],
    };

    private IEnumerable<MeetingTable> PrimeDesks(Guid eventId) =>
        DemoCatalog.Primes.SelectMany((p, i) => Enumerable.Range(1, 2 + i % 3).Select(desk => new MeetingTable
        {
            EventId = eventId,
            Code = $"{Ascii(p.Short)[..3]}-{desk}",
            HallName = "Salon 2",
        }));

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
        var stem = DemoCatalog.NameStems[index % DemoCatalog.NameStems.Length];
        var suffix = DemoCatalog.NameSuffixes[(index + index / DemoCatalog.NameStems.Length * 5) % DemoCatalog.NameSuffixes.Length];
        var city = DemoCatalog.SupplierCities[random.Next(DemoCatalog.SupplierCities.Length)];
        var capabilities = DemoCatalog.Capabilities.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).Select(c => c.Code).Order(StringComparer.Ordinal).ToList();
        var msb = random.NextDouble() < 0.35;
        var eydep = random.NextDouble() < 0.3;
        var certificates = DemoCatalog.CertificateKinds.Where(_ => random.NextDouble() < 0.4)
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
            ExportMarkets = DemoCatalog.ExportMarkets.Where(_ => random.NextDouble() < 0.2).ToList(),
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

    /// <summary>The organizer may exist already: the first organizer from configuration is the demo organizer.</summary>
    private async Task<AppUser> CreateAccountAsync(string email, string fullName, string role)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = fullName, PreferredLanguage = "tr" };
        var created = await users.CreateAsync(user, DemoModule.DemoPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {email}: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, role);
        return user;
    }

    private static string Ascii(string text) => TurkishText.Fold(text).Replace(" ", "", StringComparison.Ordinal);
}
