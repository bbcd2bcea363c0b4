using System.Reflection;

namespace SupplierMeetups.UnitTests.Architecture;

public static class DependencyRules
{
    /// <summary>"Module → later module: type" for every use of a module that stands after the user in <see cref="Modules.InOrder"/>.</summary>
    public static IReadOnlyList<string> AgainstTheDirection(Assembly assembly)
    {
        var violations = new List<string>();
        for (var i = 0; i < Modules.InOrder.Length; i++)
        {
            for (var j = i + 1; j < Modules.InOrder.Length; j++)
            {
                var (user, used) = (Modules.InOrder[i], Modules.InOrder[j]);
                violations.AddRange(ModuleTypes.UsingAny(assembly, user, Modules.AllTypeNames(assembly, used))
                    .Select(type => $"{user} → {used}: {type}"));
            }
        }
        return violations;
    }

    /// <summary>"Module → earlier module: type" for every use of another module's type that is not in its Contracts.</summary>
    public static IReadOnlyList<string> OutsideContracts(Assembly assembly)
    {
        var violations = new List<string>();
        for (var i = 0; i < Modules.InOrder.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (user, used) = (Modules.InOrder[i], Modules.InOrder[j]);
                violations.AddRange(ModuleTypes.UsingAny(assembly, user, Modules.InternalTypeNames(assembly, used))
                    .Select(type => $"{user} → {used} (not its Contracts): {type}"));
            }
        }
        return violations;
    }
}
