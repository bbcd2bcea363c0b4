namespace SupplierMeetups.Web.Platform.Audit;

/// <summary>
/// The database itself refuses to change or remove audit entries, so that not even set-based SQL from the application
/// (which skips <see cref="AuditEntryGuard"/>) can rewrite the log. Called from each provider's migration.
/// </summary>
internal static class AuditTriggers
{
    public const string PostgresUp = """
        CREATE FUNCTION platform.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'Audit entries are append-only: they cannot be changed or removed.';
        END
        $$;
        CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON platform."AuditEntries"
            FOR EACH ROW EXECUTE FUNCTION platform.refuse_audit_change();
        CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON platform."AuditEntries"
            FOR EACH STATEMENT EXECUTE FUNCTION platform.refuse_audit_change();
        """;

    public const string PostgresDown = """
        DROP TRIGGER IF EXISTS audit_entries_no_truncate ON platform."AuditEntries";
        DROP TRIGGER IF EXISTS audit_entries_append_only ON platform."AuditEntries";
        DROP FUNCTION IF EXISTS platform.refuse_audit_change();
        """;

    public const string SqliteUp = """
        CREATE TRIGGER platform_AuditEntries_no_update BEFORE UPDATE ON platform_AuditEntries
        BEGIN SELECT RAISE(ABORT, 'Audit entries are append-only: they cannot be changed or removed.'); END;
        CREATE TRIGGER platform_AuditEntries_no_delete BEFORE DELETE ON platform_AuditEntries
        BEGIN SELECT RAISE(ABORT, 'Audit entries are append-only: they cannot be changed or removed.'); END;
        """;

    public const string SqliteDown = """
        DROP TRIGGER IF EXISTS platform_AuditEntries_no_update;
        DROP TRIGGER IF EXISTS platform_AuditEntries_no_delete;
        """;
}
