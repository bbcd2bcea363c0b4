using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SupplierMeetups.Web.Identity.Sessions;

/// <summary>
/// The bearer handler alone trusts a token for its whole hour; this one also asks the database whether the
/// user's security stamp is unchanged (a reset password or an erasure changes it) and the sign-in not ended.
/// </summary>
internal sealed class CheckedBearerHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "CheckedBearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var result = await Context.AuthenticateAsync(IdentityConstants.BearerScheme);
        if (!result.Succeeded)
        {
            return result;
        }
        var sessions = Context.RequestServices.GetRequiredService<TokenSessions>();
        return await sessions.IsCurrentAsync(result.Principal, Context.RequestAborted)
            ? AuthenticateResult.Success(new AuthenticationTicket(result.Principal, result.Properties, Name))
            : AuthenticateResult.Fail("The session has ended.");
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => Context.ChallengeAsync(IdentityConstants.BearerScheme, properties);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => Context.ForbidAsync(IdentityConstants.BearerScheme, properties);
}
