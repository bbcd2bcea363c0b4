using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Exhibition.Contracts;
using SupplierMeetups.Web.Identity.Contracts;
using SupplierMeetups.Web.Matchmaking.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.Demo;

/// <summary>
/// Loads the demo: the 8th Konya Defense Industry Supplier Meetings (5–7 November 2025, TÜYAP Konya, over) into an
/// empty database (halls, two meeting days, primes with their desks, about 150 suppliers, the demo accounts), and beside
/// it an upcoming demo event whose meeting days start a week after the day it is loaded. Each module adds its own part
/// of the data; everything is generated from fixed seeds. Idempotent: what is there already is not loaded again.
/// </summary>
internal sealed class DemoLoader(
    AppDbContext db,
    IEventDays eventDays,
    IEventDemoData eventData,
    IRegistrationDemoData registrationData,
    IRegistrationUpcomingDemo upcomingRegistration,
    IExhibitionDemoData exhibitionData,
    IMatchmakingDemoData matchmakingData,
    IMatchmakingUpcomingDemo upcomingMatchmaking,
    IAccountCommands accounts,
    IDataProtectionProvider dataProtection,
    TimeProvider clock,
    ILogger<DemoLoader> logger)
{
    public const int SupplierCount = 150;

    /// <summary>Primes (ASELSAN among them) and suppliers (İŞBİR among them) approved for the upcoming event, and how many more wait for review.</summary>
    public const int UpcomingPrimes = 6;
    public const int UpcomingSuppliers = 16;
    public const int UpcomingPending = 4;

    public const string VisitorOrganization = "Konya Teknik Üniversitesi";

    public async Task LoadIfEmptyAsync(CancellationToken cancellationToken)
    {
        var events = await eventDays.ListAsync(cancellationToken);
        if (events.Count == 0)
        {
            await LoadKonyaAsync(cancellationToken);
            events = await eventDays.ListAsync(cancellationToken);
        }
        // Only a demo database gets the upcoming event; a new one comes once the last one is over, so the demo stays alive.
        var konya = events.FirstOrDefault(e => e.NameEn == DemoEventNames.KonyaEn);
        if (konya is null || events.Any(e => e.NameEn == DemoEventNames.UpcomingEn && !e.IsOverAt(clock.GetUtcNow())))
        {
            return;
        }
        // The signed links in the e-mails need a data-protection key: made now, not by the first approval while it holds
        // SQLite's write lock, which the key ring's own save would wait for in vain.
        dataProtection.CreateProtector("SupplierMeetups.Demo").Protect([1]);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            // The demo's e-mails and badges are written in Turkish, as the site speaks by default.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = LanguageOf.Culture("tr");
            await LoadUpcomingAsync(konya, cancellationToken);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private async Task LoadKonyaAsync(CancellationToken cancellationToken)
    {
        var konya = eventData.AddDemoEvent(PrimeDesks(registrationData.PrimeShortNames));
        var participants = registrationData.AddDemoFirms(konya.Id, SupplierCount, clock.GetUtcNow());
        exhibitionData.AddDemoFloor(konya.Id, participants.Where(p => p.IsExhibitor && p.IsApproved).Select(p => p.FirmId).ToList());
        matchmakingData.AddDemoMeetings(
            konya.Id,
            konya.Tables.Select(t => t.Code).ToList(),
            participants.Where(p => p.IsPrime).Select(p => (p.ParticipationId, p.ShortName)).ToList(),
            participants.Where(p => !p.IsPrime && p.IsApproved).Select(p => p.ParticipationId).ToList(),
            clock.GetUtcNow());

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (email, name, role, firmName) in DemoAccounts.All)
        {
            // The organizer may exist already: the first organizer from configuration is the demo organizer.
            var user = await accounts.FindOrCreateConfirmedAsync(email, name, role, DemoModule.DemoPassword, cancellationToken);
            if (firmName is not null)
            {
                await registrationData.SetContactAsync(konya.Id, firmName, user.Id, cancellationToken);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Demo event loaded: {Primes} primes, {Suppliers} suppliers", registrationData.PrimeShortNames.Count, SupplierCount);
    }

    /// <summary>
    /// The upcoming event, through the modules' use cases: the firms register, name representatives and are approved
    /// (badges), the visitor registers and confirms (badge), firms ask each other for meetings and answer, and the
    /// schedule is drafted and published (agendas). Each step saves on its own.
    /// </summary>
    private async Task LoadUpcomingAsync(EventDays konya, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var today = konya.Today(clock.GetUtcNow());
        var upcoming = eventData.AddUpcomingDemoEvent(today.AddDays(7), PrimeDesks(registrationData.PrimeShortNames));
        await db.SaveChangesAsync(cancellationToken);

        var demoFirms = DemoAccounts.All.Where(a => a.FirmShortName is not null).ToDictionary(a => a.FirmShortName!, a => (a.FullName, a.Email));
        var demoSupplier = DemoAccounts.All.Single(a => a.Role == Platform.Security.Roles.Supplier).FirmShortName!;
        var demoPrime = DemoAccounts.All.Single(a => a.Role == Platform.Security.Roles.Prime).FirmShortName!;
        var participants = await upcomingRegistration.AddFirmsAsync(
            upcoming.Id, konya.EventId, UpcomingPrimes, UpcomingSuppliers, UpcomingPending, demoFirms, cancellationToken);

        var approved = participants.Where(p => p.IsApproved).ToList();
        exhibitionData.AddDemoFloor(upcoming.Id, approved.Where(p => p.IsExhibitor).Select(p => p.FirmId).ToList());
        await db.SaveChangesAsync(cancellationToken);

        var visitor = DemoAccounts.All.Single(a => a.Role == Platform.Security.Roles.Visitor);
        await upcomingRegistration.AddConfirmedVisitorAsync(upcoming.Id, visitor.Email, visitor.FullName, VisitorOrganization, cancellationToken);

        var meetings = await upcomingMatchmaking.AddMeetingsAsync(
            upcoming.Id,
            upcoming.Tables.Select(t => t.Code).ToList(),
            approved.Where(p => p.IsPrime).Select(p => (p.ParticipationId, p.ShortName)).ToList(),
            approved.Where(p => !p.IsPrime).Select(p => p.ParticipationId).ToList(),
            (approved.Single(p => p.ShortName == demoPrime).ParticipationId, approved.Single(p => p.ShortName == demoSupplier).ParticipationId),
            cancellationToken);
        logger.LogInformation(
            "Upcoming demo event loaded in {Seconds:0.0} s: {Firms} firms approved, {Pending} waiting, {Accepted} meetings accepted, {Open} requests open",
            clock.GetElapsedTime(started).TotalSeconds, approved.Count, participants.Count - approved.Count, meetings.Accepted, meetings.Open);
    }

    /// <summary>Each prime's desks, named after it: two to four per prime, in Salon 2.</summary>
    private static IEnumerable<(string Code, string HallName)> PrimeDesks(IReadOnlyList<string> primes) =>
        primes.SelectMany((name, i) => Enumerable.Range(1, 2 + i % 3).Select(desk => ($"{Ascii(name)[..3]}-{desk}", "Salon 2")));

    private static string Ascii(string text) => TurkishText.Fold(text).Replace(" ", "", StringComparison.Ordinal);
}
