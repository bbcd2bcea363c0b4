namespace SupplierMeetups.Web.Identity.Contracts;

/// <summary>A person's account as other modules see it: a copy, never tracked or saved.</summary>
/// <param name="NormalizedEmail">The address as accounts compare it (upper case).</param>
public sealed record AccountInfo(Guid Id, string Email, string? NormalizedEmail, string FullName, string PreferredLanguage, string? PhoneNumber, bool EmailConfirmed);
