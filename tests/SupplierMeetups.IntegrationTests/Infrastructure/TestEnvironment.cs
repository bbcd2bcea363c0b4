namespace SupplierMeetups.IntegrationTests.Infrastructure;

/// <summary>
/// What tests/run.sh provides: which database this pass runs on and where PostgreSQL and RabbitMQ listen.
/// Under CI a pass that asks for a server that is not there fails instead of quietly using SQLite.
/// </summary>
public static class TestEnvironment
{
    public static bool UsePostgres =>
        string.Equals(Environment.GetEnvironmentVariable("SUPPLIERMEETUPS_TEST_DATABASE"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public static string PostgresServer => Required("SUPPLIERMEETUPS_TEST_POSTGRES");

    public static string RabbitMq => Required("SUPPLIERMEETUPS_TEST_RABBITMQ");

    /// <summary>The broker for tests that need one whatever the pass (e.g. the outage test); null when none was started and we are not under CI.</summary>
    public static string? RabbitMqIfAvailable =>
        Environment.GetEnvironmentVariable("SUPPLIERMEETUPS_TEST_RABBITMQ") is { Length: > 0 } uri ? uri
        : IsCi ? throw new InvalidOperationException("SUPPLIERMEETUPS_TEST_RABBITMQ is not set: run the suite with tests/run.sh.")
        : null;

    public static string? PostgresIfAvailable =>
        Environment.GetEnvironmentVariable("SUPPLIERMEETUPS_TEST_POSTGRES") is { Length: > 0 } server ? server
        : IsCi ? throw new InvalidOperationException("SUPPLIERMEETUPS_TEST_POSTGRES is not set: run the suite with tests/run.sh.")
        : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the suite with tests/run.sh, which starts PostgreSQL and RabbitMQ.");
}
