using System.Text;

namespace SupplierMeetups.UnitTests.Architecture;

public sealed class ModuleDependencyTests(ITestOutputHelper output)
{
    [Fact]
    public void Modules_WhenTheirTypesAreInspected_DependOnNoLaterModule()
    {
        var violations = DependencyRules.AgainstTheDirection(Modules.Web);

        Assert.True(violations.Count == 0, "Dependencies against the module order:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Modules_WhenUsingAnEarlierModule_UseOnlyItsContracts()
    {
        var violations = DependencyRules.OutsideContracts(Modules.Web);

        Assert.True(violations.Count == 0, "Types of another module used outside its Contracts:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Modules_WhenQueryingTheDatabase_SetOnlyTheirOwnEntities()
    {
        var violations = ForeignTableAccess.Find(Modules.Web);

        Assert.True(violations.Count == 0, "Set<T>() of another module's entity:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void DependencyMatrix_WhenComputedFromTheCode_HasNoCycle()
    {
        var matrix = DependencyMatrix.Compute(Modules.Web);
        output.WriteLine(matrix.ToMarkdown());

        var cycle = matrix.FindCycle();

        Assert.True(cycle is null, "Modules depend on each other in a circle: " + string.Join(" → ", cycle ?? []));
    }

    [Fact]
    public void Rules_WhenAFixtureBreaksEachOfThem_ReportIt()
    {
        // The fixtures live in this test assembly under the web assembly's namespaces, so the same rules must catch them.
        var fixtures = typeof(ModuleDependencyTests).Assembly;

        var direction = DependencyRules.AgainstTheDirection(fixtures);
        var contracts = DependencyRules.OutsideContracts(fixtures);
        var tables = ForeignTableAccess.Find(fixtures);
        var cycle = DependencyMatrix.Compute(fixtures).FindCycle();

        Assert.Contains(direction, v => v.Contains("Fixtures.UsesALaterModule", StringComparison.Ordinal));
        Assert.Contains(contracts, v => v.Contains("Fixtures.UsesAnInternalType", StringComparison.Ordinal));
        Assert.DoesNotContain(contracts, v => v.Contains("Fixtures.UsesAContract", StringComparison.Ordinal));
        Assert.Contains(tables, v => v.Contains("Fixtures.ReadsAnotherModulesTable", StringComparison.Ordinal));
        Assert.NotNull(cycle);
    }
}
