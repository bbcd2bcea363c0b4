using System.Collections.Concurrent;

namespace SupplierMeetups.Web.Platform.Persistence;

/// <summary>
/// Lets this process's write transactions on one SQLite file take their turn in order. SQLite has one writer; when
/// fifty door scans ask for its lock at once, its busy handler makes the losers sleep and retry (1, 2, 5 … 100 ms),
/// so most of a scan's time was spent asleep while the database was free. Waiting here instead wakes the next writer
/// the moment the previous one ends. A turn not granted within the busy timeout goes ahead anyway, so a nested write
/// can never hang here: it meets SQLite's own busy handling, as before.
/// </summary>
internal static class SqliteWriterQueue
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Queues = new(StringComparer.Ordinal);

    public static async Task<IDisposable> WaitAsync(string connectionString, CancellationToken cancellationToken)
    {
        var queue = Queues.GetOrAdd(connectionString, _ => new SemaphoreSlim(1, 1));
        return await queue.WaitAsync(MaxWait, cancellationToken) ? new Turn(queue) : Turn.None;
    }

    private sealed class Turn(SemaphoreSlim? queue) : IDisposable
    {
        public static readonly Turn None = new(null);
        private SemaphoreSlim? queue = queue;

        public void Dispose() => Interlocked.Exchange(ref queue, null)?.Release();
    }
}
