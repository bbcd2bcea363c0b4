using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace SupplierMeetups.Web.Platform.Persistence;

/// <summary>
/// The one database of the platform. Each module maps its own entities with configurations in its folder;
/// tables are grouped per module: a schema on PostgreSQL, a name prefix on SQLite. A plain DbContext: Identity maps
/// its own tables (Identity/Persistence), so that the platform knows no module.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The Data Protection key ring, shared by every instance (cookies, tokens, encrypted identity numbers).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        ModuleTableNames.Apply(builder, usesSchemas: Provider == DatabaseProvider.Postgres);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        }
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }
}
