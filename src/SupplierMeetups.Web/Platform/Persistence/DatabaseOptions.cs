namespace SupplierMeetups.Web.Platform.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The connection string in use: <c>ConnectionStrings:Default</c>, or the SQLite file in the data folder.</summary>
    public string ConnectionString { get; set; } = "";

    public static DatabaseOptions From(IConfiguration configuration, string dataDirectory)
    {
        var options = new DatabaseOptions();
        configuration.GetSection(Section).Bind(options);
        var configured = configuration.GetConnectionString("Default");
        options.ConnectionString = !string.IsNullOrWhiteSpace(configured)
            ? configured
            : options.Provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(dataDirectory, "suppliermeetups.db")}"
                : throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Default is not set.");
        return options;
    }
}
