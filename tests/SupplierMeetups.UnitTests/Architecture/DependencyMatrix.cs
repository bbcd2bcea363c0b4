using System.Reflection;
using System.Text;

namespace SupplierMeetups.UnitTests.Architecture;

/// <summary>How many types of each module (row) use a type of each other module (column), recomputed from the compiled code.</summary>
public sealed class DependencyMatrix(IReadOnlyDictionary<(string User, string Used), int> counts)
{
    public static DependencyMatrix Compute(Assembly assembly)
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var user in Modules.InOrder)
        {
            foreach (var used in Modules.InOrder.Where(m => m != user))
            {
                var users = ModuleTypes.UsingAny(assembly, user, Modules.AllTypeNames(assembly, used)).Count;
                if (users > 0)
                {
                    counts[(user, used)] = users;
                }
            }
        }
        return new DependencyMatrix(counts);
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder("| uses → | " + string.Join(" | ", Modules.InOrder) + " |\n");
        text.Append("|---|" + string.Concat(Modules.InOrder.Select(_ => "---|")) + "\n");
        foreach (var user in Modules.InOrder)
        {
            text.Append($"| {user} | ");
            text.Append(string.Join(" | ", Modules.InOrder.Select(used =>
                used == user ? "–" : counts.TryGetValue((user, used), out var n) ? n.ToString() : ".")));
            text.Append(" |\n");
        }
        return text.ToString();
    }

    /// <summary>The modules of one dependency cycle, the first repeated at the end, or null when the graph is acyclic.</summary>
    public IReadOnlyList<string>? FindCycle()
    {
        var state = Modules.InOrder.ToDictionary(m => m, _ => 0); // 0 unseen, 1 on the path, 2 done
        var path = new List<string>();

        IReadOnlyList<string>? Visit(string module)
        {
            state[module] = 1;
            path.Add(module);
            foreach (var used in Modules.InOrder.Where(u => counts.ContainsKey((module, u))))
            {
                if (state[used] == 1)
                {
                    return [.. path.Skip(path.IndexOf(used)), used];
                }
                if (state[used] == 0 && Visit(used) is { } found)
                {
                    return found;
                }
            }
            path.RemoveAt(path.Count - 1);
            state[module] = 2;
            return null;
        }

        return Modules.InOrder.Where(m => state[m] == 0).Select(Visit).FirstOrDefault(c => c is not null);
    }
}
