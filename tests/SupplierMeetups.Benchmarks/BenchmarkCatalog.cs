namespace SupplierMeetups.Benchmarks;

internal static class BenchmarkCatalog
{
    // One line per benchmark class; keep the list sorted by name.
    public static IBenchmark[] All() =>
    [
        new BadgeBenchmark(),
        new CheckIn.DoorScansBenchmark(),
        new Cluster.ClusterBenchmark(),
        new Exhibition.ExhibitionBenchmark(),
        new Meetings.MeetingsBenchmark(),
        new Scheduling.SchedulingBenchmark(),
        new Visitors.VisitorConfirmationsBenchmark(),
    ];
}
