using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Integrations.Keys;

/// <summary>A key as lists show it: never the secret.</summary>
public sealed record ApiKeyView(Guid Id, string Name, string Display, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    public static ApiKeyView From(ApiKey k) => new(k.Id, k.Name, k.Display, k.ScopeList, k.CreatedAt, k.LastUsedAt, k.RevokedAt);
}

/// <summary>The one time a key is seen whole.</summary>
public sealed record IssuedApiKey(ApiKeyView Key, string Secret);

/// <summary>Organizers issue keys for an organization's system, scoped to one event, and revoke them.</summary>
public sealed class ApiKeyService(AppDbContext db, IEventQueries events, AuditLog audit, TimeProvider clock, IHttpContextAccessor http, IStringLocalizer<SharedResource> l)
{
    public const int MaxNameLength = 100;

    public async Task<IReadOnlyList<ApiKeyView>> ListAsync(Guid eventId, CancellationToken cancellationToken) =>
        (await db.Set<ApiKey>().AsNoTracking().Where(k => k.EventId == eventId).ToListAsync(cancellationToken))
        .OrderBy(k => k.RevokedAt is not null).ThenByDescending(k => k.CreatedAt).Select(ApiKeyView.From).ToList();

    public async Task<Outcome<IssuedApiKey>> IssueAsync(Guid eventId, string? name, bool readOnly, IReadOnlyCollection<string>? scopes, CancellationToken cancellationToken)
    {
        if (await events.FindAsync(eventId, cancellationToken) is null)
        {
            return new Refusal(l["There is no such event."], StatusCodes.Status404NotFound);
        }
        name = name?.Trim() ?? "";
        if (name.Length == 0 || name.Length > MaxNameLength)
        {
            return Refusal.AtField("Name", l["Give the system a name of at most {0} characters.", MaxNameLength]);
        }
        var granted = readOnly ? ApiScopes.ReadOnly : (scopes ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (granted.Count == 0 || granted.Any(s => !ApiScopes.IsKnown(s)))
        {
            return Refusal.AtField("Scopes", l["Choose read-only access or at least one of the listed actions."]);
        }
        if (await db.Set<ApiKey>().AnyAsync(k => k.EventId == eventId && k.Name == name, cancellationToken))
        {
            return Refusal.AtField("Name", l["This event already has a key named {0}.", name]) with { Status = StatusCodes.Status409Conflict };
        }
        var (secret, lookupId, hash) = ApiKeySecrets.New();
        var key = new ApiKey
        {
            EventId = eventId,
            Name = name,
            LookupId = lookupId,
            SecretHash = hash,
            Scopes = string.Join(' ', ApiScopes.All.Where(granted.Contains)),
            CreatedAt = clock.GetUtcNow(),
            CreatedByUserId = SignedInUser.IdOf(http.HttpContext!.User) ?? Guid.Empty,
        };
        db.Add(key);
        await audit.RecordAsync(AuditActions.ApiKeyIssued, "api-key", key.Id, eventId, $"{name} ({key.Scopes})", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Refusal.AtField("Name", l["This event already has a key named {0}.", name]) with { Status = StatusCodes.Status409Conflict };
        }
        return new IssuedApiKey(ApiKeyView.From(key), secret);
    }

    public async Task<ApiKeyView?> FindAsync(Guid eventId, Guid keyId, CancellationToken cancellationToken) =>
        await db.Set<ApiKey>().AsNoTracking().SingleOrDefaultAsync(k => k.Id == keyId && k.EventId == eventId, cancellationToken) is { } key ? ApiKeyView.From(key) : null;

    /// <summary>Revoking twice is the same as once: the first time stands.</summary>
    public async Task<Outcome<ApiKeyView>> RevokeAsync(Guid eventId, Guid keyId, CancellationToken cancellationToken)
    {
        var key = await db.Set<ApiKey>().SingleOrDefaultAsync(k => k.Id == keyId && k.EventId == eventId, cancellationToken);
        if (key is null)
        {
            return new Refusal(l["There is no such API key."], StatusCodes.Status404NotFound);
        }
        if (key.RevokedAt is null)
        {
            key.RevokedAt = clock.GetUtcNow();
            await audit.RecordAsync(AuditActions.ApiKeyRevoked, "api-key", key.Id, eventId, key.Name, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        return ApiKeyView.From(key);
    }
}
