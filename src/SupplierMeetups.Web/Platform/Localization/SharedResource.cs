namespace SupplierMeetups.Web;

/// <summary>
/// Marker for the shared resource files (Resources/SharedResource.*.resx). Keys are the English text;
/// SharedResource.tr.resx holds the Turkish, and a unit test checks that every key has it.
/// </summary>
public sealed class SharedResource;
