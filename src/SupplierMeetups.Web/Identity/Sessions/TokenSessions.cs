using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Identity.Sessions;

public enum RefreshOutcome
{
    Rotated,
    Invalid,
    Reused,
}

/// <summary>Bearer sessions: a family per sign-in, refresh tokens rotated on use, reuse revoking the family.</summary>
public sealed class TokenSessions(AppDbContext db, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    public static readonly TimeSpan RefreshLifetime = TimeSpan.FromDays(14);

    /// <summary>Starts a family for a new sign-in and adds its claims to the principal to be signed in.</summary>
    public async Task StartAsync(ClaimsPrincipal principal, Guid userId, CancellationToken cancellationToken)
    {
        var token = new RefreshToken(Guid.NewGuid(), userId, clock.GetUtcNow() + RefreshLifetime);
        db.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        Attach(principal, token);
    }

    /// <summary>Marks the presented refresh token used and issues its successor; a second use revokes the family.</summary>
    public async Task<(RefreshOutcome Outcome, Guid UserId)> RotateAsync(ClaimsPrincipal presented, ClaimsPrincipal next, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(presented.FindFirstValue(SessionClaims.RefreshTokenId), out var id)
            || await db.Set<RefreshToken>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } token
            || token.RevokedAt is not null || token.ExpiresAt <= clock.GetUtcNow())
        {
            return (RefreshOutcome.Invalid, Guid.Empty);
        }
        var now = clock.GetUtcNow();
        // Conditional: of two uses of one token, even simultaneous ones, only one rotates.
        var claimed = await db.Set<RefreshToken>().Where(t => t.Id == id && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (claimed == 0)
        {
            await RevokeFamilyAsync(token.FamilyId, cancellationToken);
            return (RefreshOutcome.Reused, token.UserId);
        }
        var successor = new RefreshToken(token.FamilyId, token.UserId, now + RefreshLifetime);
        db.Add(successor);
        await db.SaveChangesAsync(cancellationToken);
        Attach(next, successor);
        return (RefreshOutcome.Rotated, token.UserId);
    }

    public async Task EndAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(principal.FindFirstValue(SessionClaims.FamilyId), out var family))
        {
            await RevokeFamilyAsync(family, cancellationToken);
        }
    }

    /// <summary>A bearer principal is current while its user's security stamp is unchanged and its family not revoked.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (SignedInUser.IdOf(principal) is not { } userId)
        {
            return false;
        }
        var presentedStamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        // One round trip: this runs on every API request (the door's scans among them). The two shapes keep the query
        // free of conditions on captured values, which EF would compile into a new delegate on every call.
        var user = db.Set<AppUser>().AsNoTracking().Where(u => u.Id == userId);
        var current = Guid.TryParse(principal.FindFirstValue(SessionClaims.FamilyId), out var family)
            ? await user.Select(u => new { u.SecurityStamp, Ended = db.Set<RefreshToken>().Any(t => t.FamilyId == family && t.RevokedAt != null) })
                .SingleOrDefaultAsync(cancellationToken)
            : await user.Select(u => new { u.SecurityStamp, Ended = false }).SingleOrDefaultAsync(cancellationToken);
        return current is not null && current.SecurityStamp == presentedStamp && !current.Ended;
    }

    private async Task RevokeFamilyAsync(Guid family, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.Set<RefreshToken>().Where(t => t.FamilyId == family && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
    }

    private static void Attach(ClaimsPrincipal principal, RefreshToken token)
    {
        var identity = (ClaimsIdentity)principal.Identity!;
        foreach (var old in identity.FindAll(c => c.Type is SessionClaims.RefreshTokenId or SessionClaims.FamilyId).ToList())
        {
            identity.RemoveClaim(old);
        }
        identity.AddClaim(new Claim(SessionClaims.RefreshTokenId, token.Id.ToString()));
        identity.AddClaim(new Claim(SessionClaims.FamilyId, token.FamilyId.ToString()));
    }
}
