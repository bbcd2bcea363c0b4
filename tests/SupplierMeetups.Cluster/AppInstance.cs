using System.Diagnostics;

namespace SupplierMeetups.Cluster;

/// <summary>
/// One web app process on a fixed loopback port. <see cref="Kill"/> is a real SIGKILL (what `kill -9` sends); the
/// next <see cref="StartAsync"/> starts a new process on the same port, as a supervisor would.
/// </summary>
public sealed class AppInstance(string name, int port, string dll, IReadOnlyDictionary<string, string> environment, string logPath) : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private Process? _process;
    private StreamWriter? _log;

    public string Name => name;

    public int Port => port;

    public string BaseUrl => $"http://127.0.0.1:{port}";

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The process id, to prove that an instance recovered by itself (the same process) rather than by a restart.</summary>
    public int? ProcessId => IsRunning ? _process!.Id : null;

    public async Task StartAsync(CancellationToken ct)
    {
        if (IsRunning)
        {
            return;
        }
        _process?.Dispose();
        if (_log is not null)
        {
            lock (_log)
            {
                _log.Dispose();
            }
        }
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        start.Environment["ASPNETCORE_URLS"] = BaseUrl;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var writer = new StreamWriter(new FileStream(logPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        writer.WriteLine($"---- {name} started as pid {process.Id} at {DateTimeOffset.UtcNow:O}");
        process.OutputDataReceived += (_, e) => Write(writer, e.Data);
        process.ErrorDataReceived += (_, e) => Write(writer, e.Data);
        _log = writer;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitUntilHealthyAsync(ct);
    }

    /// <summary>SIGKILL, no shutdown: what a crash or `kill -9` does.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    public async Task<bool> IsHealthyAsync(CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync("/health", ct);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return false;
        }
    }

    public string LogTail(int lines = 60)
    {
        try
        {
            using var stream = new FileStream(logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n');
            return string.Join('\n', all.TakeLast(lines));
        }
        catch (IOException)
        {
            return "";
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with {_process.ExitCode} while starting:\n{LogTail()}");
            }
            if (await IsHealthyAsync(ct))
            {
                return;
            }
            await Task.Delay(250, ct);
        }
        throw new TimeoutException($"{name} was not healthy within {StartTimeout.TotalSeconds:0} s:\n{LogTail()}");
    }

    private static void Write(StreamWriter writer, string? line)
    {
        if (line is null) return;
        lock (writer)
        {
            try
            {
                writer.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // output that arrived after the process was replaced
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        if (_log is not null)
        {
            lock (_log)
            {
                _log.Dispose();
            }
        }
    }
}
