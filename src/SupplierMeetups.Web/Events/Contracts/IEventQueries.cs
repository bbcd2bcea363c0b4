namespace SupplierMeetups.Web.Events.Contracts;

/// <summary>Reads events for other modules. Lists are newest first (by start date).</summary>
public interface IEventQueries
{
    Task<EventInfo?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<EventInfo>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The events of these ids that exist, by id: one read for a whole list, not one per row.</summary>
    Task<IReadOnlyDictionary<Guid, EventInfo>> FindManyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> AnyAsync(CancellationToken cancellationToken);
}

public static class EventQueriesExtensions
{
    /// <summary>An event the caller knows exists (a row of its module points to it); a missing one is a broken invariant.</summary>
    public static async Task<EventInfo> GetAsync(this IEventQueries events, Guid id, CancellationToken cancellationToken) =>
        await events.FindAsync(id, cancellationToken) ?? throw new InvalidOperationException($"The event {id} does not exist.");
}
