namespace SupplierMeetups.Web.Platform.Refusals;

/// <summary>
/// Why a use case changed nothing, already in the user's language, with the HTTP status the API answers and, when one
/// input field is at fault, its property path ("Reason", "Input.TaxNumber" without the page's prefix: "TaxNumber").
/// Pages show it at the field (<see cref="RefusalResults.AddTo"/>), the API as problem details (<see cref="RefusalResults.Refused"/>),
/// titled by the status unless the refusal brings its own title.
/// </summary>
public sealed record Refusal(string Message, int Status = StatusCodes.Status400BadRequest, string? Field = null, string? Title = null)
{
    /// <summary>A refusal at one input field; the field "" stands for the whole form (a validation problem without a field).</summary>
    public static Refusal AtField(string field, string message) => new(message, StatusCodes.Status400BadRequest, field);

    /// <summary>The other faults of the same input, each at its field: a form with several faults hears of all of them at once.</summary>
    public IReadOnlyList<Refusal> More { get; init; } = [];

    /// <summary>This refusal and the ones it carries.</summary>
    public IEnumerable<Refusal> All => [this, .. More];

    /// <summary>Several faults of one input as one refusal: the first carries the others; null when there are none.</summary>
    public static Refusal? Of(IReadOnlyList<Refusal> refusals) => refusals.Count == 0 ? null : refusals[0] with { More = [.. refusals.Skip(1)] };
}

/// <summary>Either a value or a refusal.</summary>
public sealed record Outcome<T>(T? Value, Refusal? Refusal)
{
    public static implicit operator Outcome<T>(T value) => new(value, null);
    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal);
}
