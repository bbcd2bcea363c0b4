namespace SupplierMeetups.Scheduling;

/// <summary>The optional time budget. Checked only between steps, so an unreached limit changes nothing.</summary>
internal sealed class Deadline(TimeProvider clock, TimeSpan? limit)
{
    private readonly long _start = clock.GetTimestamp();
    private int _calls;

    public bool Reached { get; private set; }

    public bool Passed()
    {
        if (Reached) return true;
        if (limit is null || (++_calls & 255) != 0) return false;
        Reached = clock.GetElapsedTime(_start) >= limit.Value;
        return Reached;
    }

    /// <summary>What is left of the limit, or null without one.</summary>
    public TimeSpan? Remaining => limit is { } l ? l - clock.GetElapsedTime(_start) : null;

    public bool PassedNow()
    {
        _calls = 255;
        return Passed();
    }
}
