namespace SupplierMeetups.Scheduling;

/// <summary>A tiny seeded generator of our own, so that results do not depend on the runtime's Random.</summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public int Below(int n) => (int)((Next() >> 33) % (ulong)n);

    public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));
}
