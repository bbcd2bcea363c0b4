using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SupplierMeetups.IntegrationTests.Integrations;

/// <summary>A real HTTP server on 127.0.0.1 (Kestrel) that records every webhook POST; it can be started late, on a port chosen before.</summary>
public sealed class LoopbackReceiver : IAsyncDisposable
{
    private WebApplication? _app;

    private LoopbackReceiver(int port) => Port = port;

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hook";

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>The status the receiver answers with (200 unless a test wants it to fail).</summary>
    public HttpStatusCode Answer { get; set; } = HttpStatusCode.OK;

    public sealed record Received(IReadOnlyDictionary<string, string> Headers, string Body);

    /// <summary>A port nothing listens on yet: deliveries to it are refused until <see cref="StartAsync"/>.</summary>
    public static LoopbackReceiver Reserve()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new LoopbackReceiver(port);
    }

    public static async Task<LoopbackReceiver> StartedAsync()
    {
        var receiver = Reserve();
        await receiver.StartAsync();
        return receiver;
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        var app = builder.Build();
        app.MapPost("/hook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            Requests.Enqueue(new Received(http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body));
            return Results.StatusCode((int)Answer);
        });
        await app.StartAsync();
        _app = app;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
