using System.Diagnostics;

namespace SupplierMeetups.Cluster;

/// <summary>
/// Stops and starts the PostgreSQL and RabbitMQ that tests/run.sh started, through the same deploy/services scripts and
/// the same environment (SUPPLIERMEETUPS_PG_PORT, SUPPLIERMEETUPS_RABBITMQ_PORT, ..._NODE, SUPPLIERMEETUPS_SERVICES_DIR
/// are inherited), so that a fault is a real stop of the real server.
/// </summary>
public sealed class ServiceScripts(string repositoryRoot, TextWriter log)
{
    public Task StopPostgresAsync(CancellationToken ct) => RunAsync("postgres.sh", "stop", ct);

    public Task StartPostgresAsync(CancellationToken ct) => RunAsync("postgres.sh", "start", ct);

    public Task StopBrokerAsync(CancellationToken ct) => RunAsync("rabbitmq.sh", "stop", ct);

    public Task StartBrokerAsync(CancellationToken ct) => RunAsync("rabbitmq.sh", "start", ct);

    private async Task RunAsync(string script, string command, CancellationToken ct)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(repositoryRoot, "deploy", "services", script));
        start.ArgumentList.Add(command);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        log.WriteLine($"[cluster] {script} {command}: exit {process.ExitCode} in {watch.ElapsedMilliseconds} ms {(await errors).Trim()}");
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} {command} exited {process.ExitCode}: {await output}{await errors}");
        }
    }
}
