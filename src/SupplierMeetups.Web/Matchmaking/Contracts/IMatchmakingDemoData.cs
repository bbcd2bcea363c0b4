namespace SupplierMeetups.Web.Matchmaking.Contracts;

/// <summary>The demo's desks and accepted requests, added to the caller's unit of work (the caller saves).</summary>
public interface IMatchmakingDemoData
{
    /// <param name="primes">Each prime's participation and short name; it owns the tables named after it.</param>
    /// <param name="suppliers">The approved suppliers' and exhibitors' participations, in a fixed order (the requests are deterministic).</param>
    void AddDemoMeetings(Guid eventId, IReadOnlyList<string> tableCodes, IReadOnlyList<(Guid ParticipationId, string ShortName)> primes, IReadOnlyList<Guid> suppliers, DateTimeOffset now);
}
