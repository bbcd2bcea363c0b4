using System.Collections.Concurrent;
using System.Reflection;
using NetArchTest.Rules;

namespace SupplierMeetups.UnitTests.Architecture;

/// <summary>What NetArchTest sees of one module: its classes, records and compiled Razor views.</summary>
public static class ModuleTypes
{
    private static readonly ConcurrentDictionary<Assembly, Types> Loaded = new();

    /// <summary>The names of the module's types that use any of <paramref name="typeNames"/>, nested and generated ones folded into their owner.</summary>
    public static IReadOnlyList<string> UsingAny(Assembly assembly, string module, string[] typeNames)
    {
        if (typeNames.Length == 0)
        {
            return [];
        }
        return Loaded.GetOrAdd(assembly, a => Types.InAssembly(a)).That().HaveDependencyOnAny(typeNames).GetTypes()
            .Where(t => t.FullName is not null && Modules.Of(t.Namespace, t.Name) == module)
            .Select(t => t.FullName!.Split('+', '/')[0])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
