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
