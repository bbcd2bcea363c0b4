using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace SupplierMeetups.UnitTests.Architecture;

/// <summary>Finds <c>DbContext.Set&lt;T&gt;()</c> calls whose entity belongs to another module than the calling code.</summary>
public static class ForeignTableAccess
{
    public static IReadOnlyList<string> Find(Assembly assembly)
    {
        using var definition = AssemblyDefinition.ReadAssembly(assembly.Location);
        var violations = new List<string>();
        foreach (var type in definition.MainModule.GetTypes())
        {
            var owner = OutermostType(type);
            var callerModule = Modules.Of(owner.Namespace, owner.Name);
            if (callerModule is null)
            {
                continue;
            }
            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                foreach (var instruction in method.Body.Instructions)
                {
                    if (instruction.OpCode.FlowControl == FlowControl.Call
                        && instruction.Operand is GenericInstanceMethod { Name: "Set" } call
                        && IsDbContext(call.DeclaringType)
                        && call.GenericArguments[0] is { } entity
                        && Modules.Of(entity.Namespace, entity.Name) is { } entityModule
                        && entityModule != callerModule)
                    {
                        violations.Add($"{callerModule} reads {entityModule}'s {entity.Name} in {owner.FullName}");
                    }
                }
            }
        }
        return violations.Distinct().ToList();
    }

    private static TypeDefinition OutermostType(TypeDefinition type) => type.DeclaringType is null ? type : OutermostType(type.DeclaringType);

    // The compiler names the type that declares Set<T>(): DbContext itself, or a context that hides it.
    private static bool IsDbContext(TypeReference type) => type.Name.EndsWith("DbContext", StringComparison.Ordinal);
}
