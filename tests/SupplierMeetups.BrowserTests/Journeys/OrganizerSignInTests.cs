using Microsoft.Playwright;
using SupplierMeetups.BrowserTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.BrowserTests.Journeys;

public sealed class OrganizerSignInTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Organizer_SignsInInTurkish_SwitchesToEnglish_AndSeesTheManagementPage()
    {
        var page = await host.NewPageAsync("tr-TR");
        var key = await host.Platform.TwoFactorKeyAsync(PlatformFactory.OrganizerEmail);

        await page.GotoAsync("/account/login");
        var turkishHeading = await page.Locator("h1").TextContentAsync();
        await page.GetByLabel("E-posta").FillAsync(PlatformFactory.OrganizerEmail);
        await page.GetByLabel("Şifre").FillAsync(PlatformFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Giriş yap" }).ClickAsync();
        await BrowserSignIn.CodeStepAsync(page, key);
        await page.GetByTestId("signed-in-as").WaitForAsync();
        var turkishMenu = await page.GetByRole(AriaRole.Link, new() { Name = "Etkinlik yönetimi" }).CountAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Manage events" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Manage events" }).WaitForAsync();
        var screenshot = Path.Combine(BrowserHost.ScreenshotDirectory, "organizer-signed-in-english.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });

        Assert.Equal("Giriş yap", turkishHeading);
        Assert.Equal(1, turkishMenu);
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(PlatformFactory.OrganizerEmail, await page.GetByTestId("signed-in-as").TextContentAsync());
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is empty");
    }
}
