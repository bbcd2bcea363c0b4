using System.Globalization;
using SupplierMeetups.Scheduling;

namespace SupplierMeetups.Cli;

/// <summary>How close a schedule's weight is to the best possible, in the organizer's words.</summary>
internal static class BoundVerdict
{
    public static string Of(ScheduleResult result) => result.Optimal
        ? "optimal"
        : string.Create(CultureInfo.InvariantCulture, $"within {Math.Max(0.01, result.ShareBelowBound * 100):0.00}% of the bound {result.UpperBound}");

    public static string Source(ScheduleResult result) => (result.BoundKind, result.Optimal) switch
    {
        (BoundKind.Exact, true) => "the exact solver (CP-SAT) proved that no schedule weighs more",
        (BoundKind.Exact, false) => "the exact solver (CP-SAT) proved no schedule weighs more, but found none that heavy within its work limit",
        (_, true) => "the participants' and tables' capacities per slot allow no more weight",
        _ => "the participants' and tables' capacities per slot allow no more weight; the exact solver did not run or could not close the gap",
    };
}
