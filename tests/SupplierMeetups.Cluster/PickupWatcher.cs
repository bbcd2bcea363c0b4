using System.Collections.Concurrent;

namespace SupplierMeetups.Cluster;

/// <summary>
/// Counts how often each {id}.eml appears in the pickup folder. The pickup transport renames a finished file onto that
/// name, so a resend replaces the file and the folder alone would hide it; the count of renames does not.
/// </summary>
public sealed class PickupWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly ConcurrentDictionary<Guid, int> _writes = new();

    public PickupWatcher(string directory)
    {
        Directory.CreateDirectory(directory);
        _watcher = new FileSystemWatcher(directory, "*.eml") { IncludeSubdirectories = false, InternalBufferSize = 64 * 1024 };
        _watcher.Created += (_, e) => Count(e.Name);
        _watcher.Renamed += (_, e) => Count(e.Name);
        _watcher.Error += (_, _) => Overflowed = true;
        _watcher.EnableRaisingEvents = true;
    }

    public bool Overflowed { get; private set; }

    public int WritesOf(Guid id) => _writes.GetValueOrDefault(id);

    private void Count(string? name)
    {
        if (name is not null && Guid.TryParse(Path.GetFileNameWithoutExtension(name), out var id))
        {
            _writes.AddOrUpdate(id, 1, (_, n) => n + 1);
        }
    }

    public void Dispose() => _watcher.Dispose();
}
