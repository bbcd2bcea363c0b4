namespace SupplierMeetups.Web.Platform.Storage;

/// <summary>Where the platform keeps its files: the SQLite database, the e-mail pickup folder, uploads, keys.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string DataDirectory { get; set; } = "data";

    public string Root => Path.GetFullPath(DataDirectory);

    public string PathFor(string child)
    {
        var path = Path.Combine(Root, child);
        Directory.CreateDirectory(path);
        return path;
    }

    public static StorageOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<StorageOptions>() ?? new StorageOptions();
        Directory.CreateDirectory(options.Root);
        return options;
    }
}
