using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.BrowserTests.Infrastructure;

/// <summary>The platform on a real loopback port and Debian's Chromium driven by Playwright (no browser download).</summary>
public class BrowserHost : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public BrowserHost() : this(new PlatformFactory())
    {
    }

    protected BrowserHost(PlatformFactory platform) => Platform = platform;

    public PlatformFactory Platform { get; }
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public static string ScreenshotDirectory
    {
        get
        {
            var directory = Path.Combine(RepositoryRoot(), "tests", ".artifacts", "screenshots");
            Directory.CreateDirectory(directory);
            return directory;
        }
    }

    public async ValueTask InitializeAsync()
    {
        var port = FreePort();
        Platform.UseKestrel(port);
        Platform.StartServer();
        BaseUrl = $"http://127.0.0.1:{port}";
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SUPPLIERMEETUPS_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task<IPage> NewPageAsync(string locale = "tr-TR", int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }
        await Platform.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SupplierMeetups.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("SupplierMeetups.sln not found");
    }
}
