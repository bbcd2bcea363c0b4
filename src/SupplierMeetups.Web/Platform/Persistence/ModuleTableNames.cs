using Microsoft.EntityFrameworkCore;

namespace SupplierMeetups.Web.Platform.Persistence;

/// <summary>
/// Groups tables by the module that owns them (the folder under SupplierMeetups.Web): a schema on PostgreSQL,
/// a prefix on SQLite, which has no schemas.
/// </summary>
internal static class ModuleTableNames
{
    public static void Apply(ModelBuilder builder, bool usesSchemas)
    {
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.GetTableName() is not null))
        {
            var module = ModuleOf(entity.ClrType);
            var table = entity.GetTableName()!;
            if (usesSchemas)
            {
                entity.SetSchema(module);
            }
            else if (!table.StartsWith(module + "_", StringComparison.Ordinal))
            {
                entity.SetTableName($"{module}_{table}");
            }
        }
    }

    private static string ModuleOf(Type type)
    {
        if (type == typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey))
        {
            return "platform"; // the key ring is the platform's, though its entity comes with ASP.NET Core
        }
        if (type.Namespace is null || !type.Namespace.StartsWith("SupplierMeetups.Web.", StringComparison.Ordinal))
        {
            return "identity"; // ASP.NET Core Identity's own entities (roles, claims, logins, tokens)
        }
        var module = type.Namespace["SupplierMeetups.Web.".Length..].Split('.')[0];
        return module == "Platform" ? "platform" : module.ToLowerInvariant();
    }
}
