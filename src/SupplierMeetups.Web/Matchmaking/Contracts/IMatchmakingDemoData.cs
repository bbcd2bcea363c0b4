namespace SupplierMeetups.Web.Matchmaking.Contracts;

/// <summary>The demo's desks and accepted requests, added to the caller's unit of work (the caller saves).</summary>
public interface IMatchmakingDemoData
{
    /// <param name="primes">Each prime's participation and short name; it owns the tables named after it.</param>
    /// <param name="suppliers">The approved suppliers' and exhibitors' participations, in a fixed order (the requests are deterministic).</param>
    void AddDemoMeetings(Guid eventId, IReadOnlyList<string> tableCodes, IReadOnlyList<(Guid ParticipationId, string ShortName)> primes, IReadOnlyList<Guid> suppliers, DateTimeOffset now);
}

/// <summary>How many requests the upcoming demo event got, accepted and still open.</summary>
public sealed record UpcomingMeetings(int Accepted, int Open);

/// <summary>The upcoming demo event's desks, requests, a need and the published schedule, through Matchmaking's own use cases (each call saves).</summary>
public interface IMatchmakingUpcomingDemo
{
    /// <param name="firstMeeting">The demo prime and supplier: the supplier's request to the prime is accepted, so both have a published meeting.</param>
    Task<UpcomingMeetings> AddMeetingsAsync(
        Guid eventId, IReadOnlyList<string> tableCodes, IReadOnlyList<(Guid ParticipationId, string ShortName)> primes, IReadOnlyList<Guid> suppliers,
        (Guid Prime, Guid Supplier) firstMeeting, CancellationToken cancellationToken);
}
