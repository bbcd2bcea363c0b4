using System.Diagnostics;
using Npgsql;

namespace SupplierMeetups.Cluster;

public sealed record MailRow(Guid Id, string To, string Kind, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset? FailedAt, int Attempts, string? LastError, string TextBody);

/// <summary>One (recipient, kind) whose count of e-mails is not what the business events owed.</summary>
public sealed record MailMismatch(string To, string Kind, int Expected, int Rows, int Delivered, string Why);

/// <summary>
/// What was owed and what arrived: rows of platform."OutgoingEmails" (one per owed e-mail, written with the change that
/// owed it) joined with the shared pickup folder, where a sent row is the file {id}.eml, and with the count of times each
/// file was written. A crash between the write and the row's "sent" mark writes the file again; that repeat carries
/// the same Message-ID (the row's id), which is what makes it idempotent for a receiver, so only a repeat with
/// another Message-ID counts as a double.
/// </summary>
public sealed class MailReport(IReadOnlyList<MailRow> rows, IReadOnlyList<MailMismatch> mismatches, IReadOnlyList<string> notes)
{
    public IReadOnlyList<MailRow> Rows => rows;

    public IReadOnlyList<MailMismatch> Lost => mismatches.Where(m => m.Delivered < m.Expected).ToList();

    public IReadOnlyList<MailMismatch> Doubled => mismatches.Where(m => m.Rows > m.Expected || m.Delivered > m.Expected || m.Why.StartsWith("written", StringComparison.Ordinal)).ToList();

    public IReadOnlyList<string> Notes => notes;

    public bool Clean => mismatches.Count == 0 && notes.Count == 0;

    public string Describe(int max = 15) =>
        $"{rows.Count} rows, {mismatches.Count} mismatches: " + string.Join("; ", mismatches.Take(max).Select(m =>
            $"{m.To} {m.Kind}: expected {m.Expected}, rows {m.Rows}, delivered {m.Delivered} ({m.Why})"))
        + (notes.Count > 0 ? " | " + string.Join("; ", notes) : "");
}

public sealed class MailLedger(string connectionString, string pickupDirectory, PickupWatcher watcher)
{
    public string PickupDirectory => pickupDirectory;

    /// <summary>Every owed e-mail to an address ending with <paramref name="addressSuffix"/> (each trial has its own domain).</summary>
    public async Task<IReadOnlyList<MailRow>> RowsAsync(string addressSuffix, CancellationToken ct)
    {
        // The ledger watches PostgreSQL restarts too: a fresh connection per read, and a restarting server is waited for.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ReadRowsAsync(addressSuffix, ct);
            }
            catch (NpgsqlException e) when ((e.IsTransient || e is PostgresException { SqlState: "57P01" or "57P03" }) && attempt < 60)
            {
                await Task.Delay(1000, ct);
            }
        }
    }

    private async Task<IReadOnlyList<MailRow>> ReadRowsAsync(string addressSuffix, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            """
            SELECT "Id", "ToAddress", "Kind", "CreatedAt", "SentAt", "FailedAt", "Attempts", "LastError", "TextBody"
            FROM platform."OutgoingEmails" WHERE "ToAddress" LIKE @suffix ORDER BY "CreatedAt"
            """, connection);
        command.Parameters.AddWithValue("suffix", "%" + addressSuffix);
        var rows = new List<MailRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new MailRow(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                reader.GetInt32(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetString(8)));
        }
        return rows;
    }

    /// <summary>Waits until a row of the kind to the address is sent and its file is there; returns its text body (which holds the links).</summary>
    public async Task<string> WaitForTextAsync(string to, string kind, TimeSpan timeout, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var row = (await RowsAsync(to, ct)).FirstOrDefault(r => r.To.Equals(to, StringComparison.OrdinalIgnoreCase) && r.Kind == kind);
            if (row is { SentAt: not null } && File.Exists(FileOf(row.Id)))
            {
                return row.TextBody;
            }
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException($"no sent {kind} e-mail to {to} within {timeout.TotalSeconds:0} s (row: {row?.ToString() ?? "none"})");
            }
            await Task.Delay(250, ct);
        }
    }

    /// <summary>
    /// Polls until every expected e-mail is delivered or the deadline passes, then compares. Expected: how many e-mails of
    /// each kind each recipient is owed. Any row to the trial's domain beyond that is a double.
    /// </summary>
    public async Task<MailReport> SettleAsync(string addressSuffix, IReadOnlyDictionary<(string To, string Kind), int> expected, TimeSpan deadline, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var report = await CompareAsync(addressSuffix, expected, ct);
            if (report.Lost.Count == 0 || watch.Elapsed > deadline)
            {
                // A little longer, so that a late second delivery of something is seen too.
                await Task.Delay(TimeSpan.FromSeconds(2), ct);
                return await CompareAsync(addressSuffix, expected, ct);
            }
            await Task.Delay(500, ct);
        }
    }

    private async Task<MailReport> CompareAsync(string addressSuffix, IReadOnlyDictionary<(string To, string Kind), int> expected, CancellationToken ct)
    {
        var rows = await RowsAsync(addressSuffix, ct);
        var mismatches = new List<MailMismatch>();
        var byKey = rows.GroupBy(r => (To: r.To.ToLowerInvariant(), r.Kind)).ToDictionary(g => g.Key, g => g.ToList());
        var expectedByKey = expected.ToDictionary(e => (e.Key.To.ToLowerInvariant(), e.Key.Kind), e => e.Value);
        foreach (var key in expectedByKey.Keys.Union(byKey.Keys))
        {
            var want = expectedByKey.GetValueOrDefault(key);
            var owned = byKey.GetValueOrDefault(key) ?? [];
            var delivered = owned.Count(r => r.SentAt is not null && File.Exists(FileOf(r.Id)));
            var writes = owned.Sum(r => watcher.WritesOf(r.Id));
            string? why = null;
            if (owned.Count > want) why = "more rows than business events";
            else if (delivered < want)
            {
                var stuck = owned.FirstOrDefault(r => r.SentAt is null || !File.Exists(FileOf(r.Id)));
                why = stuck is null ? "no row" : stuck.FailedAt is not null ? $"failed: {stuck.LastError}"
                    : stuck.SentAt is null ? $"unsent after {stuck.Attempts} attempts: {stuck.LastError}" : "sent but no file";
            }
            else if (writes > delivered && owned.Any(r => File.Exists(FileOf(r.Id)) && !CarriesItsOwnMessageId(r.Id)))
            {
                why = $"written {writes} times, not with the row's Message-ID";
            }
            if (why is not null)
            {
                mismatches.Add(new MailMismatch(key.Item1, key.Kind, want, owned.Count, delivered, why));
            }
        }
        var notes = new List<string>();
        var unseen = rows.Count(r => r.SentAt is not null && File.Exists(FileOf(r.Id)) && watcher.WritesOf(r.Id) == 0);
        if (unseen > 0)
        {
            // Without this, a watcher that saw nothing would make the double-delivery check pass blindly.
            notes.Add($"the pickup folder watcher saw no write of {unseen} delivered e-mails");
        }
        if (watcher.Overflowed)
        {
            notes.Add("the pickup folder watcher overflowed: repeated deliveries were not all counted");
        }
        return new MailReport(rows, mismatches, notes);
    }

    private string FileOf(Guid id) => Path.Combine(pickupDirectory, $"{id}.eml");

    private bool CarriesItsOwnMessageId(Guid id)
    {
        foreach (var line in File.ReadLines(FileOf(id)))
        {
            if (line.Length == 0) break; // end of the headers
            if (line.StartsWith("Message-ID:", StringComparison.OrdinalIgnoreCase))
            {
                return line.Contains($"<{id}@", StringComparison.OrdinalIgnoreCase);
            }
        }
        return false;
    }
}
