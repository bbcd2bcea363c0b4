using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Identity;

public sealed class SessionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task PageLogout_WhenPostedFromTheLayoutsForm_EndsTheCookieSession()
    {
        var client = await factory.SignedInPagesAsync(await factory.CreateUserAsync(Roles.Supplier));
        var home = await (await client.GetAsync("/", TestContext.Current.CancellationToken)).HtmlAsync();
        var form = home.QuerySelector("form[action='/account/logout']");
        var token = form?.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

        var logout = await client.PostAsync("/account/logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token ?? "" }), TestContext.Current.CancellationToken);
        var after = await (await client.GetAsync("/", TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.NotNull(token);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Null(after.QuerySelector("[data-testid=signed-in-as]"));
    }

    [Fact]
    public async Task ApiLogout_WhenSignedIn_EndsTheRefreshTokenAndTheAccessToken()
    {
        var email = await factory.CreateUserAsync(Roles.Supplier);
        var (client, tokens) = await LoginAsync(email);

        var logout = await client.PostAsync("/api/v1/auth/logout", null, TestContext.Current.CancellationToken);
        var me = await client.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken);
        var refresh = await factory.Anonymous().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.Refresh }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Fact]
    public async Task Refresh_WhenUsed_AnswersANewRefreshTokenThatWorks()
    {
        var (_, tokens) = await LoginAsync(await factory.CreateUserAsync(Roles.Supplier));
        var anonymous = factory.Anonymous();

        var first = await (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.Refresh }, TestContext.Current.CancellationToken)).JsonAsync();
        var rotated = first.GetProperty("refreshToken").GetString()!;
        var second = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = rotated }, TestContext.Current.CancellationToken);

        Assert.NotEqual(tokens.Refresh, rotated);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Refresh_WhenARotatedTokenIsReused_Answers401AndRevokesTheWholeFamily()
    {
        var (_, tokens) = await LoginAsync(await factory.CreateUserAsync(Roles.Supplier));
        var anonymous = factory.Anonymous("en-US");
        var rotated = await (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.Refresh }, TestContext.Current.CancellationToken)).JsonAsync();
        var newAccess = rotated.GetProperty("accessToken").GetString()!;

        var reuse = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.Refresh }, TestContext.Current.CancellationToken);
        var successor = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = rotated.GetProperty("refreshToken").GetString() }, TestContext.Current.CancellationToken);
        var me = await WithBearer(newAccess).GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, reuse.StatusCode);
        Assert.Equal("The refresh token is invalid or has expired.", (await reuse.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, successor.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task AccessToken_WhenThePasswordIsReset_StopsWorking()
    {
        var email = await factory.CreateUserAsync(Roles.Supplier);
        var (client, _) = await LoginAsync(email);
        var before = await client.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), "Yeni-Şifre!2026");
            Assert.True(reset.Succeeded);
        }
        var after = await client.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    private async Task<(HttpClient Client, (string Access, string Refresh) Tokens)> LoginAsync(string email)
    {
        var response = await factory.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email, password = PlatformFactory.Password }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.JsonAsync();
        var access = body.GetProperty("accessToken").GetString()!;
        return (WithBearer(access), (access, body.GetProperty("refreshToken").GetString()!));
    }

    private HttpClient WithBearer(string accessToken)
    {
        var client = factory.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }
}
