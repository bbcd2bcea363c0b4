using System.Net;
using System.Net.Http.Json;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Identity;

public sealed class SignInTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task ApiLogin_WhenCredentialsRight_AnswersBearerTokenThatOpensMe()
    {
        var email = await factory.CreateUserAsync(Roles.Prime, fullName: "Mustafa Büyükeğen");
        var client = await factory.SignedInAsync(email);

        var me = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/auth/me", TestContext.Current.CancellationToken);

        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal("Mustafa Büyükeğen", me.GetProperty("fullName").GetString());
        Assert.Equal([Roles.Prime], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task ApiLogin_WhenPasswordWrong_Answers401InTheUsersLanguage()
    {
        var email = await factory.CreateUserAsync(Roles.Supplier);

        var turkish = await factory.Anonymous("tr-TR").PostAsJsonAsync("/api/v1/auth/login", new { email, password = "wrong-Password1!" }, TestContext.Current.CancellationToken);
        var english = await factory.Anonymous("en-US").PostAsJsonAsync("/api/v1/auth/login", new { email, password = "wrong-Password1!" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, turkish.StatusCode);
        Assert.Equal("E-posta adresi veya şifre hatalı.", (await turkish.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal("The e-mail address or password is wrong.", (await english.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ApiLogin_AfterFiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        var email = await factory.CreateUserAsync(Roles.Supplier);
        var client = factory.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = $"wrong-{i}-Aa!" }, TestContext.Current.CancellationToken);
        }

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = PlatformFactory.Password }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Locked, response.StatusCode);
        Assert.Equal("Çok fazla hatalı deneme: hesap bir süreliğine kilitlendi.", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ApiLogin_WhenFieldsMissing_AnswersFieldLevelErrors()
    {
        var response = await factory.Anonymous("en-US").PostAsJsonAsync("/api/v1/auth/login", new { email = "not-an-address" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal("E-mail is not a valid e-mail address.", errors.GetProperty("email")[0].GetString());
        Assert.Equal("Password is required.", errors.GetProperty("password")[0].GetString());
    }

    [Fact]
    public async Task PageLogin_WhenCredentialsRight_SignsInWithCookie()
    {
        var client = factory.Anonymous();

        var key = (await factory.TwoFactorKeyAsync(PlatformFactory.OrganizerEmail))!;

        var password = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = PlatformFactory.OrganizerEmail, ["Input.Password"] = PlatformFactory.Password });
        var response = await client.PostFormAsync(password.RedirectPath(), new() { ["Code"] = Totp.Code(key) });
        var managePage = await client.GetAsync("/organizer/events", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, managePage.StatusCode);
        Assert.Equal(PlatformFactory.OrganizerEmail, (await managePage.HtmlAsync()).QuerySelector("[data-testid=signed-in-as]")?.TextContent);
    }

    [Fact]
    public async Task PageLogin_WhenPasswordWrong_ShowsTheErrorAndStaysSignedOut()
    {
        var client = factory.Anonymous();

        var response = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = PlatformFactory.OrganizerEmail, ["Input.Password"] = "Wrong!2025x" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Contains("E-posta adresi veya şifre hatalı.", page.QuerySelector(".alert.error")?.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=signed-in-as]"));
    }
}
