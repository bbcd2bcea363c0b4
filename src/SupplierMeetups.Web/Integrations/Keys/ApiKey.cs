using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierMeetups.Web.Integrations.Keys;

/// <summary>
/// A key an organizer issued to an organization's system: limited to one event and a set of scopes. The key is
/// <c>smk_{LookupId}_{secret}</c>; only the SHA-256 of the whole key is stored, the key itself is shown once.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The public part after "smk_": finds the row, and lets organizers tell keys apart in lists and logs.</summary>
    public string LookupId { get; set; } = "";

    /// <summary>SHA-256 of the whole key, lowercase hex.</summary>
    public string SecretHash { get; set; } = "";

    /// <summary>Scope names (firms:read …), separated by spaces.</summary>
    public string Scopes { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>When a request last authenticated with it, written at most once a minute.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public string Display => $"{Keys.ApiKeySecrets.KeyPrefix}{LookupId}_…";
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("ApiKeys");
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.LookupId).HasMaxLength(32);
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        builder.Property(k => k.Scopes).HasMaxLength(500);
        builder.Ignore(k => k.ScopeList);
        builder.Ignore(k => k.Display);
        builder.HasIndex(k => k.LookupId).IsUnique();
        // A second click on "Issue" is refused instead of issuing a twin.
        builder.HasIndex(k => new { k.EventId, k.Name }).IsUnique();
    }
}
