namespace SupplierMeetups.Web.Identity.Sessions;

/// <summary>
/// One refresh token handed out. Each use replaces it by a new one of the same family (one sign-in); a second use
/// of a replaced token means it was stolen, and the whole family is revoked, access tokens included.
/// </summary>
public sealed class RefreshToken
{
    private RefreshToken()
    {
    }

    public RefreshToken(Guid familyId, Guid userId, DateTimeOffset expiresAt)
    {
        Id = Guid.NewGuid();
        FamilyId = familyId;
        UserId = userId;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }
    public Guid FamilyId { get; private set; }
    public Guid UserId { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
}
