using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SupplierMeetups.UnitTests.Platform;

/// <summary>
/// Every text the code shows through the localizer or a DataAnnotations attribute has its Turkish translation, in
/// the resource file of the module that uses it (<c>&lt;Module&gt;/Resources/&lt;Module&gt;.tr.resx</c>; Platform for
/// texts of several modules). The ownership rules are those of tests/tools/split-translations.py, which moves keys.
/// </summary>
public sealed partial class TranslationTests
{
    private const string Platform = "Platform";
    private const string Fix = "run python3 tests/tools/split-translations.py";
    private static readonly string Web = Path.Combine(RepositoryRoot(), "src", "SupplierMeetups.Web");
    private static readonly string Inbox = Path.Combine("Resources", "SharedResource.tr.resx");
    private static readonly string[] NotModules = ["Resources", "wwwroot", "Properties", "bin", "obj"];

    public static TheoryData<string> ResourceFiles() => [.. Files()];

    [Fact]
    public void TurkishResources_ForEveryTextInTheCode_HaveATranslation()
    {
        var translated = Files().SelectMany(Entries).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Any(e => e.Value.Length > 0));

        var missing = KeysUsedInCode().Where(key => !translated.GetValueOrDefault(key)).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Empty(missing);
    }

    [Theory, MemberData(nameof(ResourceFiles))]
    public void TurkishResources_InEachFile_HaveTurkishForEveryKey(string file)
    {
        var empty = Entries(file).Where(e => e.Value.Trim().Length == 0).Select(e => e.Key).ToList();

        Assert.Empty(empty);
    }

    [Theory, MemberData(nameof(ResourceFiles))]
    public void TurkishResources_InEachFile_KeepTheFormatPlaceholdersOfTheirKey(string file)
    {
        var broken = Entries(file).Where(e => !Placeholders(e.Key).SetEquals(Placeholders(e.Value))).Select(e => e.Key).ToList();

        Assert.Empty(broken);
    }

    [Theory, MemberData(nameof(ResourceFiles))]
    public void TurkishResources_InEachFile_AreUsedByTheModuleThatOwnsTheFile(string file)
    {
        var code = CodeByModule();
        var module = file == Inbox ? null : file.Split(Path.DirectorySeparatorChar)[0];

        var misplaced = Entries(file).Select(e => (e.Key, Owner: Owner(e.Key, code))).Where(e => e.Owner != module)
            .Select(e => e.Owner is null ? $"{e.Key} (used by no code)" : $"{e.Key} (belongs to {e.Owner})").ToList();

        Assert.True(misplaced.Count == 0, $"{file}: {Fix}; {string.Join("; ", misplaced)}");
    }

    [Fact]
    public void TurkishResources_HaveNoKeyTwiceOrTwoKeysThatDifferOnlyInCase()
    {
        // The resource compiler keeps one of "Supplier" and "supplier" and silently drops the other; a key in two files has two translations.
        var keys = Files().SelectMany(f => Entries(f).Select(e => e.Key)).ToList();

        var clashes = keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();

        Assert.True(clashes.Count == 0, $"{Fix}: {string.Join("; ", clashes)}");
    }

    [Fact]
    public void ModuleResourceFiles_AreNamedForTheirModule()
    {
        var files = Files().Where(f => f != Inbox).ToList();

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Equal(Path.Combine(f.Split(Path.DirectorySeparatorChar)[0], "Resources", f.Split(Path.DirectorySeparatorChar)[0] + ".tr.resx"), f));
    }

    /// <summary>The resource files, relative to the web project: the shared inbox and one per module.</summary>
    private static List<string> Files() =>
        Directory.EnumerateFiles(Web, "*.tr.resx", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Web, f))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            .Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<(string Key, string Value)> Entries(string file) =>
        XDocument.Load(Path.Combine(Web, file)).Descendants("data").Select(d => ((string)d.Attribute("name")!, (string?)d.Element("value") ?? ""));

    /// <summary>The module that owns a key: the one module whose code holds it as a string literal, Platform when several do.</summary>
    private static string? Owner(string key, IReadOnlyDictionary<string, string> code)
    {
        var regular = "\"" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
        var verbatim = "@\"" + key.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var owners = code.Where(m => m.Value.Contains(regular, StringComparison.Ordinal) || m.Value.Contains(verbatim, StringComparison.Ordinal)).Select(m => m.Key).ToList();
        if (owners.Count == 0 && Word().IsMatch(key))
        {
            // An enum member shown with L[x.ToString()] is used where the word is an identifier.
            var word = new Regex($@"\b{Regex.Escape(key)}\b");
            owners = code.Where(m => word.IsMatch(m.Value)).Select(m => m.Key).ToList();
        }
        return owners.Count switch { 0 => null, 1 => owners[0], _ => Platform };
    }

    private static Dictionary<string, string> CodeByModule() =>
        SourceFiles().GroupBy(ModuleOf).ToDictionary(g => g.Key, g => string.Join("\n", g.Select(File.ReadAllText)));

    private static string ModuleOf(string path)
    {
        var first = Path.GetRelativePath(Web, path).Split(Path.DirectorySeparatorChar)[0];
        return Directory.Exists(Path.Combine(Web, first)) && !NotModules.Contains(first) ? first : Platform;
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                        && !Path.GetRelativePath(Web, f).Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" or "Migrations"))
            .Order(StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    private static IEnumerable<string> KeysUsedInCode()
    {
        foreach (var text in SourceFiles().Select(File.ReadAllText))
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

    [GeneratedRegex("^[A-Za-z]+$")]
    private static partial Regex Word();
}
