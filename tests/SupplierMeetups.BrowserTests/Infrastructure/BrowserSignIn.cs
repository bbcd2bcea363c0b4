using Microsoft.Playwright;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.BrowserTests.Infrastructure;

/// <summary>Signs in through the Turkish sign-in form, and through its two-factor step with the app's code when the account has one.</summary>
public static class BrowserSignIn
{
    public static async Task SignInAsync(this BrowserHost host, IPage page, string email)
    {
        var key = await host.Platform.TwoFactorKeyAsync(email);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-posta").FillAsync(email);
        await page.GetByLabel("Şifre").FillAsync(PlatformFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Giriş yap" }).ClickAsync();
        await CodeStepAsync(page, key);
        await page.GetByTestId("signed-in-as").WaitForAsync();
    }

    /// <summary>Types the authenticator code when the sign-in asks for it.</summary>
    public static async Task CodeStepAsync(IPage page, string? key)
    {
        if (key is null)
        {
            return;
        }
        await page.WaitForURLAsync("**/account/login/two-factor**");
        await page.GetByLabel("Uygulamadaki kod").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Giriş yap" }).ClickAsync();
    }
}
