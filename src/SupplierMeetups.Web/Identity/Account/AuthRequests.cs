using System.ComponentModel.DataAnnotations;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.Web.Identity.Account;

public sealed record LoginRequest(
    [Required(ErrorMessage = ValidationMessages.Required), EmailAddress(ErrorMessage = ValidationMessages.Email), Display(Name = "E-mail")] string Email,
    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Password")] string Password,
    [StringLength(20, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Two-factor code")] string? TwoFactorCode = null,
    [StringLength(20, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Recovery code")] string? RecoveryCode = null);

public sealed record RefreshRequest([Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Refresh token")] string RefreshToken);

public sealed record RegisterRequest(
    [Required(ErrorMessage = ValidationMessages.Required), EmailAddress(ErrorMessage = ValidationMessages.Email), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "E-mail")] string Email,
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(100, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Password")] string Password,
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Full name")] string FullName,
    [RegularExpression("^(tr|en)$", ErrorMessage = "{0} must be tr or en."), Display(Name = "Language")] string? Language);

public sealed record ConfirmEmailRequest(
    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "User")] string UserId,
    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Code")] string Code);

public sealed record ForgotPasswordRequest(
    [Required(ErrorMessage = ValidationMessages.Required), EmailAddress(ErrorMessage = ValidationMessages.Email), Display(Name = "E-mail")] string Email);

public sealed record ResetPasswordRequest(
    [Required(ErrorMessage = ValidationMessages.Required), EmailAddress(ErrorMessage = ValidationMessages.Email), Display(Name = "E-mail")] string Email,
    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Code")] string Code,
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(100, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "New password")] string NewPassword);

public sealed record AccountResponse(Guid Id, string Email, string FullName, string Language, IReadOnlyList<string> Roles);

public sealed record RegistrationResponse(string Email, string Detail);
