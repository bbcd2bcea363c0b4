using System.Diagnostics;
using System.Net.Http.Json;

namespace SupplierMeetups.Cluster;

/// <summary>How hard and how long a trial loads the cluster, and what it expects afterwards.</summary>
public sealed record TrialShape
{
    public int Clients { get; init; } = 4;
    public int MaxVisitors { get; init; } = 2000;
    public TimeSpan Pause { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Load before the fault starts, and after it ended (at most: the load stops when MaxVisitors are registered).</summary>
    public TimeSpan Before { get; init; } = TimeSpan.FromSeconds(3);
    public TimeSpan After { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long after the fault ended every owed e-mail must be delivered and both instances healthy.</summary>
    public TimeSpan RecoveryDeadline { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Instances (by index) that must come through the fault as the same process: recovery without a restart.</summary>
    public IReadOnlyList<int> KeepProcess { get; init; } = [0, 1];
}

/// <summary>What a trial measured and every way it fell short (empty when it passed).</summary>
public sealed record TrialOutcome(string Name, LoadResult Load, MailReport Mail, TimeSpan Fault, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;

    /// <summary>Per delivered e-mail, from the row's creation (the registration's commit) to the file written.</summary>
    public IReadOnlyList<TimeSpan> Latencies => Mail.Rows.Where(r => r.SentAt is not null).Select(r => r.SentAt!.Value - r.CreatedAt).ToList();

    public string Describe()
    {
        var (median, p95, worst) = ClusterApi.Spread(Latencies);
        return $"{Name}: {Load.Registered.Count} visitors in {Load.Elapsed.TotalSeconds:0.0} s ({Load.PerSecond:0.0}/s), fault {Fault.TotalSeconds:0.0} s, "
               + $"{Load.Tally.Describe()}; e-mail latency median {median:0.00} s, 95th {p95:0.00} s, worst {worst:0.00} s; {Mail.Describe()}"
               + (Passed ? "" : $"\nPROBLEMS:\n- {string.Join("\n- ", Problems)}");
    }
}

/// <summary>
/// A fault under load: visitors register through the balancer while <c>fault</c> runs, then one more visitor registers
/// on each instance directly (each must serve again without anybody restarting it), and the e-mails are counted.
/// </summary>
public static class FaultTrial
{
    public static async Task<TrialOutcome> RunAsync(Cluster cluster, string name, Func<CancellationToken, Task> fault, TrialShape shape, CancellationToken ct)
    {
        await cluster.EnsureWholeAsync(ct);
        var pids = cluster.Instances.Select(i => i.ProcessId).ToList();
        var domain = $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)] + ".test";
        var setup = new HttpTally();
        Guid eventId;
        using (var organizer = await cluster.SignedInAsync(Cluster.OrganizerEmail, Cluster.Password, ct))
        {
            eventId = await ClusterApi.CreateEventAsync(organizer, domain, setup, ct);
        }

        var load = new VisitorLoad(() => cluster.Client(), eventId, domain) { Pause = shape.Pause };
        using var stop = new CancellationTokenSource();
        var loading = load.RunAsync(shape.Clients, shape.MaxVisitors, stop.Token, ct);
        await Task.Delay(shape.Before, ct);
        var faultWatch = Stopwatch.StartNew();
        cluster.Log.WriteLine($"[cluster] {name}: fault starts");
        await fault(ct);
        var faultTook = faultWatch.Elapsed;
        cluster.Log.WriteLine($"[cluster] {name}: fault over after {faultTook.TotalSeconds:0.0} s");
        // The load goes on for a while after the fault, unless it ran out of visitors first.
        await Task.WhenAny(loading, Task.Delay(shape.After, ct));
        await stop.CancelAsync();
        var result = await loading;

        var problems = new List<string>();
        var recovery = Stopwatch.StartNew();
        var registered = new Dictionary<string, DateTimeOffset>(result.Registered);
        foreach (var instance in cluster.Instances)
        {
            // Straight to the instance, not through nginx: each one must serve again on its own.
            var probe = new VisitorLoad(() => cluster.Client(baseUrl: instance.BaseUrl), eventId, $"{instance.Name}.{domain}") { RetryFor = shape.RecoveryDeadline };
            var probed = await probe.RunAsync(1, 1, CancellationToken.None, ct);
            foreach (var (email, at) in probed.Registered) registered[email] = at;
            if (probed.Registered.Count == 0)
            {
                problems.Add($"{instance.Name} did not serve a registration within {shape.RecoveryDeadline.TotalSeconds:0} s after the fault: {probed.Tally.Describe()}");
            }
        }
        var owed = registered.Keys.ToDictionary(email => (email, VisitorLoad.EmailKind), _ => 1);
        var mail = await cluster.Mail.SettleAsync(domain, owed, shape.RecoveryDeadline - recovery.Elapsed, ct);
        // Visitors whose registration never got an answer may or may not have been written: their e-mail is neither owed nor a double.
        var report = new MailReport(mail.Rows, mail.Lost.Concat(mail.Doubled).Distinct()
            .Where(m => !(result.GaveUp.Contains(m.To) && m.Rows <= 1)).ToList(), mail.Notes);

        // Ready again (database and bus Healthy) within what is left of the recovery deadline: MassTransit reconnects
        // to a broker that was gone for a minute with a growing back-off.
        var readyWithin = shape.RecoveryDeadline - recovery.Elapsed;
        if (!await cluster.WaitUntilHealthyAsync(readyWithin > TimeSpan.FromSeconds(10) ? readyWithin : TimeSpan.FromSeconds(10), ct))
        {
            problems.Add("not every instance is healthy after the fault");
        }
        foreach (var i in shape.KeepProcess)
        {
            if (cluster.Instances[i].ProcessId != pids[i])
            {
                problems.Add($"{cluster.Instances[i].Name} is not the process it was before the fault (pid {pids[i]} → {cluster.Instances[i].ProcessId?.ToString() ?? "none"})");
            }
        }
        if (result.GaveUp.Count > 0)
        {
            problems.Add($"{result.GaveUp.Count} registrations never succeeded within {load.RetryFor.TotalSeconds:0} s of retries (e.g. {result.GaveUp[0]})");
        }
        problems.AddRange(result.Tally.Failures.Select(f => "HTTP: " + f));
        problems.AddRange(report.Lost.Select(m => $"lost: {m.To} {m.Kind} (expected {m.Expected}, delivered {m.Delivered}: {m.Why})"));
        problems.AddRange(report.Doubled.Select(m => $"doubled: {m.To} {m.Kind} (expected {m.Expected}, rows {m.Rows}, delivered {m.Delivered}: {m.Why})"));
        problems.AddRange(report.Notes);
        if (problems.Count > 0)
        {
            problems.Add("nginx answered " + string.Join(", ", cluster.Balancer.AnsweredStatuses().OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
            problems.Add("logs:\n" + cluster.LogTails(25));
        }
        return new TrialOutcome(name, result, report, faultTook, problems);
    }
}
