using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.Consent;
using SupplierMeetups.Web.Registration.Contracts;
using SupplierMeetups.Web.Registration.RegisterVisitor;
using SupplierMeetups.Web.Registration.ReviewFirms;

namespace SupplierMeetups.Web.Registration;

/// <summary>
/// The upcoming demo event's firms and visitor, taken through Registration's own use cases: the firms (already known
/// from the earlier event) are registered, name their representatives and are approved by <see cref="FirmReview"/>, so
/// the badges and e-mails are the real ones; the visitor registers with <see cref="VisitorRegistrar"/> and confirms.
/// </summary>
internal sealed class RegistrationUpcomingDemo(
    AppDbContext db, FirmReview review, VisitorRegistrar visitors, VisitorConfirmation confirmation, TimeProvider clock) : IRegistrationUpcomingDemo
{
    public async Task<IReadOnlyList<DemoParticipant>> AddFirmsAsync(
        Guid eventId, Guid fromEventId, int approvedPrimes, int approvedSuppliers, int pendingSuppliers,
        IReadOnlyDictionary<string, (string FullName, string Email)> namedPeople, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var earlier = await db.Set<Participation>().AsNoTracking().Where(p => p.EventId == fromEventId)
            .Join(db.Set<Firm>().AsNoTracking(), p => p.FirmId, f => f.Id, (p, f) => new { p, f.ShortName })
            .ToListAsync(cancellationToken);
        // The named firms first (the demo accounts' own), then the others in Turkish alphabetical order.
        var ordered = earlier.OrderBy(x => namedPeople.ContainsKey(x.ShortName) ? 0 : 1).ThenBy(x => x.ShortName, TurkishText.Order).ToList();
        var primes = ordered.Where(x => x.p.Type == ParticipationType.Prime).Take(approvedPrimes).ToList();
        var suppliers = ordered.Where(x => x.p.Type != ParticipationType.Prime).ToList();
        var approved = primes.Concat(suppliers.Take(approvedSuppliers)).ToList();
        var pending = suppliers.Skip(approvedSuppliers).Take(pendingSuppliers).ToList();

        db.AddRange(DefaultConsentTexts.For(eventId, now));
        var rows = approved.Concat(pending).Select((x, i) => (x.ShortName, Participation: new Participation
        {
            EventId = eventId,
            FirmId = x.p.FirmId,
            // The named firms' suppliers take part in meetings only, so their checklist can be complete without a booth.
            Type = namedPeople.ContainsKey(x.ShortName) && x.p.Type == ParticipationType.Exhibitor ? ParticipationType.Supplier : x.p.Type,
            Status = ParticipationStatus.Pending,
            ContactUserId = x.p.ContactUserId,
            RegisteredAt = now.AddMinutes(-approved.Count - pending.Count + i),
        })).ToList();
        db.AddRange(rows.Select(r => r.Participation));
        var random = new Random(2025_11_05 + 1);
        foreach (var (shortName, participation) in rows)
        {
            if (namedPeople.TryGetValue(shortName, out var named))
            {
                db.Add(new FirmPerson { ParticipationId = participation.Id, FirmId = participation.FirmId, FullName = named.FullName, Email = named.Email, Title = "Satın Alma Sorumlusu" });
            }
            var people = participation.Type == ParticipationType.Prime ? 2 : 1;
            db.AddRange(Enumerable.Range(0, people).Select(n => Person(participation, shortName, random)));
        }
        await db.SaveChangesAsync(cancellationToken);

        // Approval through the organizers' use case: Badges issues each representative's badge and its e-mail in the same save.
        foreach (var (_, participation) in rows.Take(approved.Count))
        {
            await review.ApproveAsync(eventId, participation.FirmId, cancellationToken);
        }
        return rows.Select((r, i) => new DemoParticipant(r.Participation.Id, r.Participation.FirmId, r.ShortName,
            r.Participation.Type == ParticipationType.Prime, r.Participation.Type == ParticipationType.Exhibitor, i < approved.Count)).ToList();
    }

    public async Task AddConfirmedVisitorAsync(Guid eventId, string email, string fullName, string organization, CancellationToken cancellationToken)
    {
        var input = new VisitorInput
        {
            FullName = fullName,
            Organization = organization,
            Email = email,
            ConsentTextId = DefaultConsentTexts.IdOf(eventId, "tr"),
            AcceptConsent = true,
        };
        var result = await visitors.RegisterAsync(eventId, input, "127.0.0.1", cancellationToken);
        if (result.Refusal is { } refusal)
        {
            throw new InvalidOperationException($"The demo visitor was refused: {refusal.Message}");
        }
        await confirmation.ConfirmAsync(result.Value!.Visitor.Id, cancellationToken);
    }

    private static FirmPerson Person(Participation participation, string firmShortName, Random random)
    {
        var first = RegistrationDemoCatalog.FirstNames[random.Next(RegistrationDemoCatalog.FirstNames.Length)];
        var last = RegistrationDemoCatalog.LastNames[random.Next(1, RegistrationDemoCatalog.LastNames.Length)];
        var domain = TurkishText.Fold(firmShortName).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return new FirmPerson
        {
            ParticipationId = participation.Id,
            FirmId = participation.FirmId,
            FullName = $"{first} {last}",
            Title = participation.Type == ParticipationType.Prime ? "Tedarik Zinciri Müdürü" : "Genel Müdür",
            Email = $"{Ascii(first)}.{Ascii(last)}.{random.Next(100, 999)}@{domain}.demo.local",
        };
    }

    private static string Ascii(string text) => TurkishText.Fold(text).ToLowerInvariant();
}
