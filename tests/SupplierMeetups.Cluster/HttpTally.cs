using System.Collections.Concurrent;

namespace SupplierMeetups.Cluster;

/// <summary>
/// Every answer clients got through the balancer during a trial. A fault may answer 503 (the app says "try again");
/// any other 5xx, including nginx's own 502/504 after its retry, and a dropped connection are failures.
/// </summary>
public sealed class HttpTally
{
    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private readonly ConcurrentQueue<string> _failures = new();

    public IReadOnlyDictionary<int, int> Statuses => _statuses;

    public IReadOnlyCollection<string> Failures => _failures;

    public int Count(int status) => _statuses.GetValueOrDefault(status);

    public void Record(string what, int status, string? body = null)
    {
        _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
        if (status >= 500 && status != 503)
        {
            Fail($"{what}: {status} {Trim(body)}");
        }
    }

    public void Fail(string failure)
    {
        if (_failures.Count < 200)
        {
            _failures.Enqueue($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {failure}");
        }
    }

    public string Describe() =>
        "statuses " + string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))
        + (_failures.IsEmpty ? "" : $"; failures ({_failures.Count}): " + string.Join(" | ", _failures.Take(10)));

    private static string Trim(string? body) => body is null ? "" : body.Length > 300 ? body[..300] : body;
}
