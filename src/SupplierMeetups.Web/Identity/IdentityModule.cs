using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using SupplierMeetups.Web.Identity.Passwords;
using SupplierMeetups.Web.Identity.Sessions;
using SupplierMeetups.Web.Identity.TwoFactor;
using SupplierMeetups.Web.Platform.Email.Templates;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Identity;

internal static class IdentityModule
{
    /// <summary>Pages sign in with a cookie; programs with a bearer token. One policy scheme picks per request.</summary>
    public const string CookieOrBearer = "CookieOrBearer";

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrBearer;
                o.DefaultChallengeScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", o => o.ForwardDefaultSelector = http =>
                ApiKeyScheme.IsPresentedBy(http.Request) ? ApiKeyScheme.Name
                : http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? CheckedBearerHandler.Name
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, CheckedBearerHandler>(CheckedBearerHandler.Name, null)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(1);
                o.RefreshTokenExpiration = TokenSessions.RefreshLifetime;
            })
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "sm.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            // Programs get status codes, not a login page.
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
            // AddIdentityCookies set the security stamp check here; the organizers' idle limit comes after it.
            var stampCheck = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async ctx =>
            {
                await stampCheck(ctx);
                if (ctx.Principal is not null)
                {
                    await OrganizerIdleTimeout.ValidateAsync(ctx, ctx.HttpContext.RequestServices.GetRequiredService<TimeProvider>());
                }
            };
        });
        // Behind the proxy every request is plain HTTP: outside development the cookies must still say Secure.
        // `Identity:SecureCookies=false` is for a host served without TLS on purpose (the loopback cluster trials).
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IHostEnvironment, IConfiguration>((o, env, config) => o.Cookie.SecurePolicy = SecureCookies(env, config));
        services.AddOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>()
            .Configure<IHostEnvironment, IConfiguration>((o, env, config) => o.Cookie.SecurePolicy = SecureCookies(env, config));

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.Password.RequiredLength = 10;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();

        // Every page and endpoint declares who may use it ([Authorize] or [AllowAnonymous]); a test walks all
        // endpoints to prove it. No fallback policy, so that unknown addresses answer 404 rather than 401.
        services.AddAuthorization();

        services.Configure<FirstOrganizerOptions>(configuration.GetSection(FirstOrganizerOptions.Section));
        services.AddScoped<AccountService>();
        services.AddScoped<TokenSessions>();
        services.Configure<TwoFactorOptions>(configuration.GetSection(TwoFactorOptions.Section));
        services.AddScoped<TwoFactorSignIn>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<IEmailTemplateSource, AccountEmailTemplates>();
        services.AddScoped<IdentitySeeder>();
        services.AddScoped<Platform.IStartupSeeder>(sp => sp.GetRequiredService<IdentitySeeder>());
        services.AddScoped<Platform.Audit.IAuditActorNames, AuditActorNames>();
        services.AddScoped<Contracts.IAccountQueries, AccountQueries>();
        services.AddScoped<Contracts.IAccountCommands, AccountCommands>();
        return services;
    }

    private static CookieSecurePolicy SecureCookies(IHostEnvironment env, IConfiguration configuration) =>
        configuration.GetValue<bool?>("Identity:SecureCookies") ?? !(env.IsDevelopment() || env.IsEnvironment("Testing"))
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest;

    private static Task ApiAwareRedirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ApiRequests.IsApi(ctx.Request))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
