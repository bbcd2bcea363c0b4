using SupplierMeetups.Web.Matchmaking.AnswerRequest;
using SupplierMeetups.Web.Matchmaking.Availability;
using SupplierMeetups.Web.Matchmaking.Contracts;
using SupplierMeetups.Web.Matchmaking.DraftSchedule;
using SupplierMeetups.Web.Matchmaking.Needs;
using SupplierMeetups.Web.Matchmaking.PublishSchedule;
using SupplierMeetups.Web.Matchmaking.RequestMeeting;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.Matchmaking;

/// <summary>
/// The upcoming demo event's matchmaking through the firms' and organizers' own use cases: requests are sent with
/// <see cref="MeetingRequestService"/> and answered with <see cref="AnswerRequestService"/> (their e-mails are real), a
/// prime publishes a need, and the schedule is drafted and published, so agendas exist. Deterministic.
/// </summary>
internal sealed class MatchmakingUpcomingDemo(
    AppDbContext db, Participants participants, MeetingRequestService requests, AnswerRequestService answers, NeedEditor needs,
    ICapabilityTaxonomy taxonomy, ScheduleDrafter drafter, SchedulePublisher publisher) : IMatchmakingUpcomingDemo
{
    public async Task<UpcomingMeetings> AddMeetingsAsync(
        Guid eventId, IReadOnlyList<string> tableCodes, IReadOnlyList<(Guid ParticipationId, string ShortName)> primes, IReadOnlyList<Guid> suppliers,
        (Guid Prime, Guid Supplier) firstMeeting, CancellationToken cancellationToken)
    {
        foreach (var (primeId, shortName) in primes)
        {
            var prefix = TurkishText.Fold(shortName).Replace(" ", "", StringComparison.Ordinal)[..3] + "-";
            var desks = tableCodes.Where(code => code.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            db.AddRange(desks.Select(code => new PrimeDesk { EventId = eventId, TableCode = code, PrimeId = primeId }));
            db.Add(new FirmAvailability { ParticipationId = primeId, EventId = eventId, DesksAtOnce = Math.Max(1, desks.Count) });
        }
        await db.SaveChangesAsync(cancellationToken);

        var cards = await participants.AllAsync(eventId, cancellationToken);
        var primeIds = primes.Select(p => p.ParticipationId).ToList();
        var (accepted, open) = (0, 0);
        // The demo supplier asks the demo prime (accepted, so both have a meeting on their agenda) ...
        if (await RequestAsync(eventId, cards[firstMeeting.Supplier], cards[firstMeeting.Prime], Priorities.Must, cancellationToken) is { } first
            && await AcceptAsync(eventId, cards[firstMeeting.Prime], first, cancellationToken))
        {
            accepted++;
        }
        // ... and every supplier asks two primes, a prime asks some back: about two thirds are accepted, the rest stay open.
        var n = 0;
        foreach (var (supplierId, index) in suppliers.Select((s, i) => (s, i)))
        {
            foreach (var k in Enumerable.Range(0, 2))
            {
                var primeId = primeIds[(index + k * 3) % primeIds.Count];
                if (primeId == firstMeeting.Prime && supplierId == firstMeeting.Supplier)
                {
                    continue;
                }
                var byPrime = (index + k) % 3 == 0;
                var (from, to) = byPrime ? (cards[primeId], cards[supplierId]) : (cards[supplierId], cards[primeId]);
                if (await RequestAsync(eventId, from, to, 1 + (index + k) % 3, cancellationToken) is not { } request)
                {
                    continue;
                }
                // Requests to and from the demo firms stay open now and then, so their pages have something to answer.
                if (n++ % 3 == 2)
                {
                    open++;
                }
                else if (await AcceptAsync(eventId, to, request, cancellationToken))
                {
                    accepted++;
                }
            }
        }

        var capabilities = (await taxonomy.AllAsync(cancellationToken)).Select(c => c.Code).Take(2).ToList();
        await needs.AddAsync(eventId, cards[firstMeeting.Prime], new NeedInput
        {
            TitleTr = "Kablo demeti ve elektronik kart montajı",
            TitleEn = "Cable harnesses and electronic board assembly",
            DescriptionTr = "Radar ve haberleşme sistemleri için seri üretim tedarikçileri arıyoruz.",
            DescriptionEn = "We look for series production suppliers for radar and communication systems.",
            Capabilities = capabilities,
        }, cancellationToken);

        var draft = await drafter.DraftAsync(eventId, cancellationToken);
        if (draft.Value is { } schedule)
        {
            await publisher.PublishAsync(eventId, schedule.Version, cancellationToken);
        }
        return new UpcomingMeetings(accepted, open);
    }

    private async Task<Guid?> RequestAsync(Guid eventId, FirmCard from, FirmCard to, int priority, CancellationToken cancellationToken)
    {
        var outcome = await requests.RequestAsync(eventId, from, new RequestMeetingInput { FirmId = to.FirmId, Priority = priority }, cancellationToken);
        db.ChangeTracker.Clear();
        return outcome.Value?.Id;
    }

    private async Task<bool> AcceptAsync(Guid eventId, FirmCard recipient, Guid requestId, CancellationToken cancellationToken)
    {
        var outcome = await answers.AcceptAsync(eventId, recipient, requestId, cancellationToken);
        db.ChangeTracker.Clear();
        return outcome.Value is not null;
    }
}
