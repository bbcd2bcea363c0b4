using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Exhibition.Contracts;
using SupplierMeetups.Web.Identity.Contracts;
using SupplierMeetups.Web.Matchmaking.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.Demo;

/// <summary>
/// Loads the 8th Konya Defense Industry Supplier Meetings (5–7 November 2025, TÜYAP Konya) into an empty
/// database: halls, two meeting days, primes with their desks, about 150 suppliers, and the demo accounts.
/// Each module adds its own part of the data; everything is generated from fixed seeds, so every start produces the same data.
/// </summary>
internal sealed class DemoLoader(
    AppDbContext db,
    IEventQueries events,
    IEventDemoData eventData,
    IRegistrationDemoData registrationData,
    IExhibitionDemoData exhibitionData,
    IMatchmakingDemoData matchmakingData,
    IAccountCommands accounts,
    TimeProvider clock,
    ILogger<DemoLoader> logger)
{
    public const int SupplierCount = 150;

    public async Task LoadIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await events.AnyAsync(cancellationToken))
        {
            return;
        }
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

    /// <summary>Each prime's desks, named after it: two to four per prime, in Salon 2.</summary>
    private static IEnumerable<(string Code, string HallName)> PrimeDesks(IReadOnlyList<string> primes) =>
        primes.SelectMany((name, i) => Enumerable.Range(1, 2 + i % 3).Select(desk => ($"{Ascii(name)[..3]}-{desk}", "Salon 2")));

    private static string Ascii(string text) => TurkishText.Fold(text).Replace(" ", "", StringComparison.Ordinal);
}
