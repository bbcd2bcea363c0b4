using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Platform.Audit;

/// <summary>Adds an entry to the caller's unit of work, so that it is saved with the action it records or not at all.</summary>
public sealed class AuditLog(AppDbContext db, IHttpContextAccessor http, TimeProvider clock, IAuditActorNames accounts)
{
    public Task<AuditEntry> RecordAsync(string action, string targetType, Guid targetId, Guid? eventId, string details, CancellationToken cancellationToken) =>
        RecordAsync(action, targetType, targetId.ToString("D", CultureInfo.InvariantCulture), eventId, details, cancellationToken);

    public async Task<AuditEntry> RecordAsync(string action, string targetType, string targetId, Guid? eventId, string details, CancellationToken cancellationToken)
    {
        var entry = new AuditEntry(clock.GetUtcNow(), await ActorAsync(cancellationToken), action, targetType, targetId, eventId, details);
        db.Add(entry);
        return entry;
    }

    /// <summary>Whether the log holds an entry of this action on this target whose details contain <paramref name="detailsContaining"/>: how a use case recognises work it already did.</summary>
    public Task<bool> HasEntryAsync(string action, string targetType, Guid targetId, string detailsContaining, CancellationToken cancellationToken)
    {
        var target = targetId.ToString("D", CultureInfo.InvariantCulture);
        return db.Set<AuditEntry>().AnyAsync(e => e.Action == action && e.TargetType == targetType && e.TargetId == target && e.Details.Contains(detailsContaining), cancellationToken);
    }

    /// <summary>
    /// Records an erasure. When people erase themselves the entry keeps their id only: their name and address would
    /// otherwise outlive the erasure in the log.
    /// </summary>
    public async Task<AuditEntry> RecordErasureAsync(string targetType, Guid targetId, Guid? eventId, Guid? erasedUserId, CancellationToken cancellationToken)
    {
        var actor = await ActorAsync(cancellationToken);
        if (erasedUserId is not null && actor.UserId == erasedUserId)
        {
            actor = actor with { Name = "", Email = "" };
        }
        var entry = new AuditEntry(clock.GetUtcNow(), actor, AuditActions.PersonalDataErased, targetType, targetId.ToString("D", CultureInfo.InvariantCulture), eventId, "");
        db.Add(entry);
        return entry;
    }

    private async Task<AuditActor> ActorAsync(CancellationToken cancellationToken)
    {
        if (http.HttpContext?.User is not { } user)
        {
            return AuditActor.System;
        }
        if (user.Identity?.IsAuthenticated != true || SignedInUser.IdOf(user) is not { } id)
        {
            return AuditActor.Anonymous;
        }
        var account = await accounts.FindAsync(id, cancellationToken);
        return new AuditActor(id, account?.Name ?? "", account?.Email ?? user.Identity.Name ?? "");
    }
}
