using System.Reflection;

namespace SupplierMeetups.UnitTests.Architecture;

/// <summary>
/// The modules of SupplierMeetups.Web in the one direction their dependencies may run: a module may use the modules
/// before it, never those after it. Platform is what every module uses; any other module is used through its
/// <c>Contracts</c> namespace only. Badges, Matchmaking, CheckIn and Reporting all stand on Exhibition; among them
/// the door sees meetings (CheckIn after Matchmaking) and reports see everything, so they are ordered too. The
/// demo loader stands on top of all of them.
/// </summary>
public static class Modules
{
    public const string Root = "SupplierMeetups.Web";

    public static readonly string[] InOrder =
        ["Platform", "Identity", "Events", "Registration", "Exhibition", "Badges", "Matchmaking", "CheckIn", "Reporting", "Integrations", "Demo"];

    public static Assembly Web => typeof(Program).Assembly;

    /// <summary>The module a type of the web assembly belongs to, from its namespace or, for a compiled Razor view, its path.</summary>
    public static string? Of(string? typeNamespace, string typeName)
    {
        if (typeNamespace == "AspNetCoreGeneratedDocument")
        {
            var first = typeName.Split('_', 2)[0];
            return InOrder.Contains(first) ? first : null;
        }
        if (typeNamespace is null || !typeNamespace.StartsWith(Root + ".", StringComparison.Ordinal))
        {
            return null;
        }
        var module = typeNamespace[(Root.Length + 1)..].Split('.')[0];
        return InOrder.Contains(module) ? module : null;
    }

    public static bool IsContract(string? typeNamespace, string module)
    {
        var contracts = $"{Root}.{module}.Contracts";
        return typeNamespace is not null
            && (typeNamespace == contracts || typeNamespace.StartsWith(contracts + ".", StringComparison.Ordinal));
    }

    /// <summary>Full names of the module's types that other modules must not use: all but its contracts (none of Platform's).</summary>
    public static string[] InternalTypeNames(Assembly assembly, string module) => ModuleTypes(assembly, module)
        .Where(t => module != "Platform" && !IsContract(t.Namespace, module))
        .Select(t => t.FullName!)
        .ToArray();

    public static string[] AllTypeNames(Assembly assembly, string module) =>
        ModuleTypes(assembly, module).Select(t => t.FullName!).ToArray();

    private static IEnumerable<Type> ModuleTypes(Assembly assembly, string module) => assembly.GetTypes()
        .Where(t => t.FullName is not null && !t.IsNested && t.Namespace != "AspNetCoreGeneratedDocument" && Of(t.Namespace, t.Name) == module);
}
