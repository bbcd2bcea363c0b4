using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SupplierMeetups.IntegrationTests.Infrastructure;

/// <summary>
/// The web app as a separate operating-system process, for tests that must really kill it. It is the build of
/// src/SupplierMeetups.Web in the same configuration as the tests, configured through environment variables.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _log;

    private AppProcess(Process process, string baseUrl, string log)
    {
        _process = process;
        BaseUrl = baseUrl;
        _log = log;
    }

    public string BaseUrl { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Log => File.Exists(_log) ? File.ReadAllText(_log) : "";

    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, string logName)
    {
        var port = FreePort();
        var dll = WebAssembly();
        var log = Path.Combine(settings["Storage:DataDirectory"]!, $"{logName}.log");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var writer = new StreamWriter(log) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, $"http://127.0.0.1:{port}", log);
        await app.WaitUntilHealthyAsync();
        return app;
    }

    public HttpClient Client(string language = "tr-TR")
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"the app did not exit within {timeout.TotalSeconds:0} s. Log:\n{Log}");
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"the app exited with {_process.ExitCode} while starting. Log:\n{Log}");
            }
            try
            {
                if ((await client.GetAsync("/health", TestContext.Current.CancellationToken)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
            }
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
        Assert.Fail($"the app was not healthy within 90 s. Log:\n{Log}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }
        _process.Dispose();
    }

    private static string WebAssembly()
    {
        var testBin = AppContext.BaseDirectory;
        var configuration = testBin.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var root = new DirectoryInfo(testBin);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SupplierMeetups.sln")))
        {
            root = root.Parent;
        }
        var dll = Path.Combine(root!.FullName, "src", "SupplierMeetups.Web", "bin", configuration, "net10.0", "SupplierMeetups.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build the solution first (tests/run.sh does)");
        return dll;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
