namespace SupplierMeetups.Web.Platform.Refusals;

/// <summary>Why a use case changed nothing, already in the user's language, with the HTTP status the API answers.</summary>
public sealed record Refusal(string Message, int Status = StatusCodes.Status400BadRequest);

/// <summary>Either a value or a refusal.</summary>
public sealed record Outcome<T>(T? Value, Refusal? Refusal)
{
    public static implicit operator Outcome<T>(T value) => new(value, null);
    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal);
}
