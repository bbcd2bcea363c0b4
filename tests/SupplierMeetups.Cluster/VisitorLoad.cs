using System.Diagnostics;
using System.Net.Http.Json;

namespace SupplierMeetups.Cluster;

/// <summary>What a load run did: who got registered, when each registration was answered, and every status seen.</summary>
public sealed record LoadResult(IReadOnlyDictionary<string, DateTimeOffset> Registered, IReadOnlyList<string> GaveUp, TimeSpan Elapsed, HttpTally Tally)
{
    public double PerSecond => Registered.Count / Elapsed.TotalSeconds;
}

/// <summary>
/// Parallel clients registering visitors for an event through the balancer (POST /api/v1/events/{id}/visitors), each
/// owing one "visitor-confirmation" e-mail. A client that gets 503 or loses its connection tries the same visitor again,
/// as a person pressing the button again would; the app answers a repeated registration with 200 and changes nothing.
/// </summary>
public sealed class VisitorLoad(Func<HttpClient> clients, Guid eventId, string domain)
{
    public const string EmailKind = "visitor-confirmation";

    /// <summary>How long a client keeps trying one visitor before it gives up (a lost registration, reported).</summary>
    public TimeSpan RetryFor { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>A pause between a client's registrations, to bound how much a long fault trial writes.</summary>
    public TimeSpan Pause { get; init; } = TimeSpan.Zero;

    /// <summary>Registers visitors on <paramref name="clientCount"/> clients until <paramref name="max"/> are done or <paramref name="stop"/> fires.</summary>
    public async Task<LoadResult> RunAsync(int clientCount, int max, CancellationToken stop, CancellationToken ct)
    {
        var tally = new HttpTally();
        var registered = new System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset>();
        var gaveUp = new System.Collections.Concurrent.ConcurrentBag<string>();
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clientCount).Select(async _ =>
        {
            using var client = clients();
            while (!stop.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= max) break;
                var email = $"ziyaretci{i}@{domain}";
                if (await RegisterAsync(client, email, i, tally, ct)) registered[email] = DateTimeOffset.UtcNow;
                else gaveUp.Add(email);
                if (Pause > TimeSpan.Zero) await Task.Delay(Pause, ct);
            }
        }));
        return new LoadResult(registered, gaveUp.ToList(), watch.Elapsed, tally);
    }

    private async Task<bool> RegisterAsync(HttpClient client, string email, int i, HttpTally tally, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < RetryFor)
        {
            try
            {
                using var response = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/visitors", new
                {
                    fullName = $"Ziyaretçi {i} Büyükeğen",
                    organization = "İŞBİR Elektrik",
                    email,
                    acceptConsent = true,
                }, ct);
                var status = (int)response.StatusCode;
                tally.Record($"register {email}", status, status >= 400 ? await response.Content.ReadAsStringAsync(ct) : null);
                if (status is 200 or 201) return true;
                if (status < 500 && status != 429)
                {
                    tally.Fail($"register {email}: {status} {await response.Content.ReadAsStringAsync(ct)}");
                    return false;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                tally.Fail($"register {email}: {e.GetType().Name} {e.Message}");
            }
            await Task.Delay(500, ct);
        }
        return false;
    }
}
