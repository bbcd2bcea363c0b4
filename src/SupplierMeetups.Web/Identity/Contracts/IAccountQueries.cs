namespace SupplierMeetups.Web.Identity.Contracts;

/// <summary>Reads accounts for other modules.</summary>
public interface IAccountQueries
{
    Task<AccountInfo?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<AccountInfo?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>The accounts of these ids that exist, by id: one read for a whole list, not one per row.</summary>
    Task<IReadOnlyDictionary<Guid, AccountInfo>> FindManyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken);
}
