using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Identity.Api;

[ApiController]
[Route("api/v1/auth")]
[Produces("application/json")]
public sealed class AuthController(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>Signs in with e-mail and password; answers <c>{"tokenType","accessToken","expiresIn","refreshToken"}</c>.</summary>
    [HttpPost("login"), AllowAnonymous]
    [ProducesResponseType<AccessTokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status423Locked)]
    public async Task<IActionResult> Login(LoginRequest request)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email.Trim(), request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return new EmptyResult(); // the bearer handler has written the token response
        }
        return result.IsLockedOut
            ? Problem(l["Too many failed attempts: the account is locked for a while."], statusCode: StatusCodes.Status423Locked, title: l["The account is locked."])
            : result.IsNotAllowed
                ? Problem(l["Please confirm your e-mail address first."], statusCode: StatusCodes.Status401Unauthorized, title: l["You need to sign in."])
                : Problem(l["The e-mail address or password is wrong."], statusCode: StatusCodes.Status401Unauthorized, title: l["You need to sign in."]);
    }

    /// <summary>Exchanges a refresh token for a new access token.</summary>
    [HttpPost("refresh"), AllowAnonymous]
    [ProducesResponseType<AccessTokenResponse>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Refresh(RefreshRequest request, [FromServices] IOptionsMonitor<BearerTokenOptions> bearer, [FromServices] TimeProvider clock)
    {
        var protector = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return Problem(l["The refresh token is invalid or has expired."], statusCode: StatusCodes.Status401Unauthorized, title: l["You need to sign in."]);
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return SignIn(principal, IdentityConstants.BearerScheme);
    }

    /// <summary>Creates an account (role Visitor) and e-mails a confirmation link.</summary>
    [HttpPost("register"), AllowAnonymous]
    [ProducesResponseType<AccountResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Register(RegisterRequest request, [FromServices] AccountService accounts, CancellationToken cancellationToken)
    {
        var language = request.Language ?? LanguageOf.Current;
        var (result, user) = await accounts.RegisterAsync(new NewAccount(request.Email, request.Password, request.FullName, language), Roles.Visitor, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email", error.Description);
            }
            return CamelCaseValidationProblems.Create(ControllerContext);
        }
        return Created("/api/v1/auth/me", new AccountResponse(user!.Id, user.Email!, user.FullName, user.PreferredLanguage, [Roles.Visitor]));
    }

    [HttpPost("confirm-email"), AllowAnonymous]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> ConfirmEmail(ConfirmEmailRequest request, [FromServices] AccountService accounts) =>
        FromIdentity(await accounts.ConfirmEmailAsync(request.UserId, request.Code), "code");

    /// <summary>Always answers 202, whether or not the address is known, so that it cannot be used to find accounts.</summary>
    [HttpPost("forgot-password"), AllowAnonymous]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordRequest request, [FromServices] AccountService accounts, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(request.Email.Trim()) is { } user)
        {
            await accounts.SendPasswordResetAsync(user, cancellationToken);
        }
        return Accepted();
    }

    [HttpPost("reset-password"), AllowAnonymous]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> ResetPassword(ResetPasswordRequest request, [FromServices] AccountService accounts) =>
        FromIdentity(await accounts.ResetPasswordAsync(request.Email.Trim(), request.Code, request.NewPassword), "newPassword");

    /// <summary>The signed-in account.</summary>
    [HttpGet("me"), Authorize]
    [ProducesResponseType<AccountResponse>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Me()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Unauthorized();
        }
        var roles = User.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        return Ok(new AccountResponse(user.Id, user.Email!, user.FullName, user.PreferredLanguage, roles));
    }

    private IActionResult FromIdentity(IdentityResult result, string field)
    {
        if (result.Succeeded)
        {
            return NoContent();
        }
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Code == "InvalidToken" ? "code" : field, error.Description);
        }
        return CamelCaseValidationProblems.Create(ControllerContext);
    }
}
