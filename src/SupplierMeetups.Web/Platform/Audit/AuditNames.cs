namespace SupplierMeetups.Web.Platform.Audit;

// The names the audit log shows, offered by the modules that own them: the platform knows no module.

/// <summary>Who a signed-in account is, for the entry's actor (implemented by Identity).</summary>
public interface IAuditActorNames
{
    Task<(string Name, string? Email)?> FindAsync(Guid userId, CancellationToken cancellationToken);
}

/// <summary>The events an entry may belong to, newest first, named in the given language (implemented by Events).</summary>
public interface IAuditEventNames
{
    Task<IReadOnlyList<(Guid Id, string Name)>> ListAsync(string language, CancellationToken cancellationToken);
}
