namespace SupplierMeetups.Web;

/// <summary>
/// Marker for the platform's texts. Keys are the English text; the Turkish is in each module's
/// &lt;Module&gt;/Resources/&lt;Module&gt;.tr.resx (new keys arrive in Resources/SharedResource.tr.resx through
/// tests/tools/resx.py, which moves them to their module), and TranslationTests checks every file.
/// </summary>
public sealed class SharedResource;
