using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SupplierMeetups.UnitTests.Platform;

/// <summary>Every text the code shows through the localizer or a DataAnnotations attribute has its Turkish translation.</summary>
public sealed partial class TranslationTests
{
    private static readonly string Web = Path.Combine(RepositoryRoot(), "src", "SupplierMeetups.Web");

    [Fact]
    public void TurkishResources_ForEveryTextInTheCode_HaveATranslation()
    {
        var translated = XDocument.Load(Path.Combine(Web, "Resources", "SharedResource.tr.resx"))
            .Descendants("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

        var missing = KeysUsedInCode().Where(key => !translated.TryGetValue(key, out var tr) || tr.Length == 0).Order(StringComparer.Ordinal).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void TurkishResources_KeepTheFormatPlaceholdersOfTheirKey()
    {
        var entries = XDocument.Load(Path.Combine(Web, "Resources", "SharedResource.tr.resx")).Descendants("data")
            .Select(d => (Key: (string)d.Attribute("name")!, Value: (string?)d.Element("value") ?? ""));

        var broken = entries.Where(e => !Placeholders(e.Key).SetEquals(Placeholders(e.Value))).Select(e => e.Key).ToList();

        Assert.Empty(broken);
    }

    [Fact]
    public void TurkishResources_HaveNoKeysThatDifferOnlyInCase()
    {
        // The resource compiler keeps one of "Supplier" and "supplier" and silently drops the other.
        var keys = XDocument.Load(Path.Combine(Web, "Resources", "SharedResource.tr.resx")).Descendants("data").Select(d => (string)d.Attribute("name")!);

        var clashes = keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();

        Assert.Empty(clashes);
    }

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    private static IEnumerable<string> KeysUsedInCode()
    {
        var sources = Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains("Migrations", StringComparison.Ordinal));
        foreach (var text in sources.Select(File.ReadAllText))
        {
            foreach (Match m in LocalizerKey().Matches(text)) yield return Regex.Unescape(m.Groups[1].Value);
            foreach (Match m in AttributeText().Matches(text)) yield return Regex.Unescape(m.Groups[1].Value);
        }
        foreach (var message in typeof(SupplierMeetups.Web.Platform.Http.ValidationMessages).GetFields().Select(f => (string)f.GetValue(null)!))
        {
            yield return message;
        }
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SupplierMeetups.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("SupplierMeetups.sln not found above the test binaries");
    }

    [GeneratedRegex("""\b[lL]\["((?:[^"\\]|\\.)+)"[,\]]""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex("""(?:Display\(Name|ErrorMessage) = "((?:[^"\\]|\\.)+)""")]
    private static partial Regex AttributeText();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
