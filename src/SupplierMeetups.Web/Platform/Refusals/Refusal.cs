namespace SupplierMeetups.Web.Platform.Refusals;

/// <summary>
/// Why a use case changed nothing, already in the user's language, with the HTTP status the API answers and, when one
/// input field is at fault, its property path ("Reason", "Input.TaxNumber" without the page's prefix: "TaxNumber").
/// Pages show it at the field (<see cref="RefusalResults.AddTo"/>), the API as problem details (<see cref="RefusalResults.Refused"/>),
/// titled by the status unless the refusal brings its own title.
/// </summary>
public sealed record Refusal(string Message, int Status = StatusCodes.Status400BadRequest, string? Field = null, string? Title = null)
{
    public static Refusal AtField(string field, string message) => new(message, StatusCodes.Status400BadRequest, field);
}

/// <summary>Either a value or a refusal.</summary>
public sealed record Outcome<T>(T? Value, Refusal? Refusal)
{
    public static implicit operator Outcome<T>(T value) => new(value, null);
    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal);
}
