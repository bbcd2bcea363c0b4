namespace SupplierMeetups.Web.Platform.Http;

/// <summary>DataAnnotations messages; each is a key of the shared resources, so it reaches the user in their language.</summary>
public static class ValidationMessages
{
    public const string Required = "{0} is required.";
    public const string MaxLength = "{0} must be at most {1} characters long.";
    public const string Email = "{0} is not a valid e-mail address.";
    public const string Range = "{0} must be between {1} and {2}.";
    public const string Phone = "{0} is not a valid phone number.";
}
