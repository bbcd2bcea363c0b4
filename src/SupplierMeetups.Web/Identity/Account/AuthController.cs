using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Identity.Sessions;
using SupplierMeetups.Web.Identity.TwoFactor;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.RateLimiting;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Identity.Account;

[ApiController]
[Route("api/v1/auth")]
[Produces("application/json")]
public sealed class AuthController(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>
    /// Signs in with e-mail and password (and <c>twoFactorCode</c> or <c>recoveryCode</c> when the account uses two-factor
    /// sign-in); answers <c>{"tokenType","accessToken","expiresIn","refreshToken"}</c>.
    /// </summary>
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    [HttpPost("login"), AllowAnonymous]
    [ProducesResponseType<AccessTokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status423Locked)]
    public async Task<IActionResult> Login(LoginRequest request, [FromServices] TokenSessions sessions, [FromServices] TwoFactorSignIn twoFactor, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email.Trim());
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return Problem(l["Too many failed attempts: the account is locked for a while."], statusCode: StatusCodes.Status423Locked, title: l["The account is locked."]);
        }
        if (!result.Succeeded)
        {
            return result.IsNotAllowed
                ? Problem(l["Please confirm your e-mail address first."], statusCode: StatusCodes.Status401Unauthorized, title: l["You need to sign in."])
                : Problem(l["The e-mail address or password is wrong."], statusCode: StatusCodes.Status401Unauthorized, title: l["You need to sign in."]);
        }
        var second = await twoFactor.CheckAsync(user!, request.TwoFactorCode, request.RecoveryCode);
        if (second != TwoFactorCheck.Passed)
        {
            return TwoFactorProblem(second);
        }
        var principal = await signIn.CreateUserPrincipalAsync(user!);
        await sessions.StartAsync(principal, user!.Id, cancellationToken);
        return SignIn(principal, IdentityConstants.BearerScheme);
    }

    /// <summary>Exchanges a refresh token for a new access token and a new refresh token; the old one is used up.</summary>
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    [HttpPost("refresh"), AllowAnonymous]
    [ProducesResponseType<AccessTokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> Refresh(RefreshRequest request, [FromServices] IOptionsMonitor<BearerTokenOptions> bearer, [FromServices] TimeProvider clock,
        [FromServices] TokenSessions sessions, CancellationToken cancellationToken)
    {
        var protector = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return InvalidRefreshToken();
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var (outcome, _) = await sessions.RotateAsync(ticket.Principal, principal, cancellationToken);
        return outcome == RefreshOutcome.Rotated ? SignIn(principal, IdentityConstants.BearerScheme) : InvalidRefreshToken();
    }

    /// <summary>Ends this sign-in: its refresh token and every access token issued from it stop working.</summary>
    [HttpPost("logout"), Authorize]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Logout([FromServices] TokenSessions sessions, CancellationToken cancellationToken)
    {
        await sessions.EndAsync(User, cancellationToken);
        return NoContent();
    }

    private ObjectResult InvalidRefreshToken() =>
        Problem(l["The refresh token is invalid or has expired."], statusCode: StatusCodes.Status401Unauthorized, title: l["You need to sign in."]);

    private ObjectResult TwoFactorProblem(TwoFactorCheck check)
    {
        var problem = check switch
        {
            TwoFactorCheck.CodeNeeded => Problem(l["This account signs in with a code from an authenticator app: send it as twoFactorCode, or a recovery code as recoveryCode."],
                statusCode: StatusCodes.Status401Unauthorized, title: l["A two-factor code is needed."]),
            TwoFactorCheck.EnrolmentNeeded => Problem(l["Organizers and door staff must set up two-factor sign-in first: sign in on the website, which leads to /account/two-factor."],
                statusCode: StatusCodes.Status403Forbidden, title: l["Two-factor sign-in is not set up."]),
            _ => Problem(l["The two-factor code or recovery code is wrong."], statusCode: StatusCodes.Status401Unauthorized, title: l["You need to sign in."]),
        };
        if (problem.Value is ProblemDetails details)
        {
            details.Extensions["code"] = check switch
            {
                TwoFactorCheck.CodeNeeded => "two-factor-required",
                TwoFactorCheck.EnrolmentNeeded => "two-factor-enrolment-required",
                _ => "two-factor-code-wrong",
            };
            if (check == TwoFactorCheck.EnrolmentNeeded)
            {
                details.Extensions["enrolUrl"] = "/account/two-factor";
            }
        }
        return problem;
    }

    /// <summary>
    /// Creates an account (role Visitor) and e-mails a confirmation link. A taken address answers the same and its
    /// owner gets an e-mail instead, so that the answer tells nobody which addresses have accounts.
    /// </summary>
    [EnableRateLimiting(RateLimitPolicies.Registration)]
    [HttpPost("register"), AllowAnonymous]
    [ProducesResponseType<RegistrationResponse>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Register(RegisterRequest request, [FromServices] AccountService accounts, CancellationToken cancellationToken)
    {
        var language = request.Language ?? LanguageOf.Current;
        var (result, _) = await accounts.RegisterAsync(new NewAccount(request.Email, request.Password, request.FullName, language), Roles.Visitor, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email", error.Description);
            }
            return CamelCaseValidationProblems.Create(ControllerContext);
        }
        return Accepted(new RegistrationResponse(request.Email.Trim(), l["We have sent you an e-mail. Please follow its link to confirm your address."]));
    }

    [HttpPost("confirm-email"), AllowAnonymous]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> ConfirmEmail(ConfirmEmailRequest request, [FromServices] AccountService accounts) =>
        FromIdentity(await accounts.ConfirmEmailAsync(request.UserId, request.Code), "code");

    /// <summary>Always answers 202, whether or not the address is known, so that it cannot be used to find accounts.</summary>
    [EnableRateLimiting(RateLimitPolicies.PasswordReset)]
    [HttpPost("forgot-password"), AllowAnonymous]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordRequest request, [FromServices] AccountService accounts, [FromServices] MailboxRateLimiter mailboxes, CancellationToken cancellationToken)
    {
        if (mailboxes.TryAcquire(request.Email) is { } wait)
        {
            await TooManyRequests.WriteAsync(HttpContext, wait);
            return new EmptyResult();
        }
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
        var user = SignedInUser.IdOf(User) is { } id ? await users.FindByIdAsync(id.ToString()) : null;
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
