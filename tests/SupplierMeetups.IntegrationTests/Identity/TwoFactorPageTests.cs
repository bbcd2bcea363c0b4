using System.Net;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Identity;

public sealed class TwoFactorPageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task OrganizerPages_WhenNotEnrolled_LeadToEnrolmentWhichShowsQrKeyAndTenRecoveryCodes()
    {
        var email = await factory.CreateUserAsync(Roles.Organizer, enrolTwoFactor: false);
        var client = factory.Anonymous("en-US");
        await client.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = PlatformFactory.Password });

        var blocked = await client.GetAsync("/organizer/events", TestContext.Current.CancellationToken);
        var setup = await (await client.GetAsync("/account/two-factor", TestContext.Current.CancellationToken)).HtmlAsync();
        var key = setup.QuerySelector("[data-testid=authenticator-key]")?.TextContent ?? "";
        var enabled = await (await client.PostFormAsync("/account/two-factor", new() { ["Code"] = Totp.Code(key) }, handler: "Enable")).HtmlAsync();
        var after = await client.GetAsync("/organizer/events", TestContext.Current.CancellationToken);

        Assert.Equal("/account/two-factor", blocked.RedirectPath());
        Assert.NotNull(setup.QuerySelector(".qr svg path"));
        Assert.Equal(32, key.Length);
        Assert.Equal(10, enabled.QuerySelectorAll("[data-testid=recovery-codes] li").Length);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task PageLogin_WhenEnrolled_AsksForTheCodeAndSignsInWithIt()
    {
        var email = await factory.CreateUserAsync(Roles.Supplier);
        var (key, _) = await factory.EnrolTwoFactorAsync(email);
        var client = factory.Anonymous();

        var first = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = PlatformFactory.Password });
        var between = await (await client.GetAsync("/", TestContext.Current.CancellationToken)).HtmlAsync();
        var second = await client.PostFormAsync("/account/login/two-factor", new() { ["Code"] = Totp.Code(key) });
        var home = await (await client.GetAsync("/", TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Equal("/account/login/two-factor", first.RedirectPath());
        Assert.Null(between.QuerySelector("[data-testid=signed-in-as]"));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(email, home.QuerySelector("[data-testid=signed-in-as]")?.TextContent);
    }

    [Fact]
    public async Task PageLogin_WhenEnrolled_SignsInWithARecoveryCodeOnce()
    {
        var email = await factory.CreateUserAsync(Roles.Staff);
        var (_, codes) = await factory.EnrolTwoFactorAsync(email);
        var client = factory.Anonymous("en-US");
        var again = factory.Anonymous("en-US");

        await client.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = PlatformFactory.Password });
        var used = await client.PostFormAsync("/account/login/two-factor", new() { ["RecoveryCode"] = codes[0] });
        await again.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = PlatformFactory.Password });
        var reused = await again.PostFormAsync("/account/login/two-factor", new() { ["RecoveryCode"] = codes[0] });

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("The two-factor code or recovery code is wrong.", (await reused.HtmlAsync()).QuerySelector(".alert.error")?.TextContent);
    }

    [Fact]
    public async Task Disable_WhenTheRoleRequiresTwoFactor_IsRefused()
    {
        var email = await factory.CreateUserAsync(Roles.Organizer);
        var (key, _) = await factory.EnrolTwoFactorAsync(email);
        var client = factory.Anonymous();
        await client.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = PlatformFactory.Password });
        await client.PostFormAsync("/account/login/two-factor", new() { ["Code"] = Totp.Code(key) });

        var response = await client.PostFormWithTokenFromAsync("/account/two-factor", "/account/two-factor?handler=Disable", []);

        Assert.StartsWith("/account/access-denied", response.RedirectPath());
    }
}
