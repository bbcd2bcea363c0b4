using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace SupplierMeetups.Web.Platform.Localization;

/// <summary>
/// Each module keeps its own texts (<c>&lt;Module&gt;/Resources/&lt;Module&gt;.tr.resx</c>, keys moved there by
/// tests/tools/split-translations.py) while the code keeps asking <c>IStringLocalizer&lt;SharedResource&gt;</c>:
/// for <see cref="SharedResource"/> this factory answers with one localizer over every resource file of the
/// culture, the shared one (where new keys arrive) included. Other types get the framework's localizers.
/// </summary>
internal sealed class ModuleStringLocalizerFactory(IOptions<LocalizationOptions> options, ILoggerFactory loggerFactory) : IStringLocalizerFactory
{
    private readonly ResourceManagerStringLocalizerFactory _framework = new(options, loggerFactory);
    private readonly ModuleStringLocalizer _modules = new(typeof(SharedResource).Assembly);

    public IStringLocalizer Create(Type resourceSource) => resourceSource == typeof(SharedResource) ? _modules : _framework.Create(resourceSource);

    public IStringLocalizer Create(string baseName, string location) => _framework.Create(baseName, location);
}

/// <summary>The texts of all resource files of the assembly's satellites, read once per culture; keys are the English text.</summary>
internal sealed class ModuleStringLocalizer(Assembly assembly) : IStringLocalizer
{
    private static readonly string SharedFile = typeof(SharedResource).Namespace + ".Resources." + nameof(SharedResource) + ".";
    private readonly ConcurrentDictionary<string, FrozenDictionary<string, string>> _byCulture = new(StringComparer.Ordinal);

    public LocalizedString this[string name] =>
        Texts().TryGetValue(name, out var value) ? new LocalizedString(name, value) : new LocalizedString(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        (includeParentCultures ? Texts() : (IEnumerable<KeyValuePair<string, string>>)Read(CultureInfo.CurrentUICulture)).Select(t => new LocalizedString(t.Key, t.Value));

    private FrozenDictionary<string, string> Texts() =>
        _byCulture.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => Chain(CultureInfo.CurrentUICulture));

    /// <summary>The culture's texts over its parents' ("tr-TR" over "tr"), as ResourceManager falls back.</summary>
    private FrozenDictionary<string, string> Chain(CultureInfo culture)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var c = culture; !Equals(c, CultureInfo.InvariantCulture); c = c.Parent)
        {
            foreach (var (key, value) in Read(c))
            {
                texts.TryAdd(key, value);
            }
        }
        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private Dictionary<string, string> Read(CultureInfo culture)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        Assembly satellite;
        try
        {
            satellite = assembly.GetSatelliteAssembly(culture);
        }
        catch (FileNotFoundException)
        {
            return texts;
        }
        // The shared file first: a translation corrected there (tests/tools/resx.py) wins until the split moves it.
        var names = satellite.GetManifestResourceNames().Where(n => n.EndsWith(".resources", StringComparison.Ordinal))
            .OrderBy(n => n.StartsWith(SharedFile, StringComparison.Ordinal) ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal);
        foreach (var name in names)
        {
            using var reader = new ResourceReader(satellite.GetManifestResourceStream(name)!);
            foreach (System.Collections.DictionaryEntry entry in reader)
            {
                if (entry.Value is string { Length: > 0 } value)
                {
                    texts.TryAdd((string)entry.Key, value);
                }
            }
        }
        return texts;
    }
}
