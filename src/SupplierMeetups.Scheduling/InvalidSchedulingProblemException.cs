namespace SupplierMeetups.Scheduling;

/// <summary>The problem breaks a rule of FORMAT.md; each error names the offending item.</summary>
public sealed class InvalidSchedulingProblemException(IReadOnlyList<string> errors)
    : Exception("invalid scheduling problem: " + string.Join("; ", errors.Take(5)))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
