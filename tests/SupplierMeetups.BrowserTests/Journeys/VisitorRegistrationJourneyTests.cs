using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SupplierMeetups.BrowserTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Registration;

namespace SupplierMeetups.BrowserTests.Journeys;

public sealed partial class VisitorRegistrationJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Visitor_RegistersInTurkishWithIdentityNumber_ConfirmsByEmail_AndGetsTheBadge()
    {
        var eventId = await RegistrationSeed.EventAsync(host.Platform, requireIdentityNumber: true);
        var email = $"gulsen-{Guid.NewGuid():N}@test.local";
        var page = await host.NewPageAsync("tr-TR");

        await page.GotoAsync($"/events/{eventId}/visit");
        await page.GetByLabel("Ad soyad").FillAsync("Gülşen Işıklı");
        await page.Locator("#Input_Organization").FillAsync("Ağır Sanayi Şirketi");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.GetByLabel("Kimlik belgesi").SelectOptionAsync("NationalId");
        await page.GetByLabel("T.C. kimlik veya pasaport numarası").FillAsync("10000000146");
        var consentShown = await page.GetByTestId("consent-text").TextContentAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kaydol" }).ClickAsync();
        var refused = await page.Locator("[data-valmsg-for='Input.AcceptConsent']").TextContentAsync();
        await page.GetByLabel("Aydınlatma metnini okudum ve açık rıza veriyorum").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kaydol" }).ClickAsync();
        var outcome = await page.GetByTestId("visit-outcome").TextContentAsync();
        await Eventually.TrueAsync(() => MailTo(email) is not null, TimeSpan.FromSeconds(30), "no confirmation e-mail");
        await page.GotoAsync(new Uri(Link().Match(MailTo(email)!.Text).Value).PathAndQuery);
        await page.GetByRole(AriaRole.Button, new() { Name = "E-posta adresimi doğrula" }).ClickAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotDirectory, "visitor-registration-confirmed.png"), FullPage = true });

        Assert.StartsWith("6698 sayılı", consentShown?.Trim(), StringComparison.Ordinal);
        Assert.Equal("Lütfen aydınlatma metnini okuyup onay verin: onayınız olmadan kaydınızı alamayız.", refused?.Trim());
        Assert.StartsWith("Teşekkürler.", outcome, StringComparison.Ordinal);
        Assert.Equal("Gülşen Işıklı", await page.GetByTestId("visitor-name").TextContentAsync());
        Assert.Equal("•••••••••46", await page.GetByTestId("identity-number").TextContentAsync());
        Assert.StartsWith("Yaka kartınız hazır.", (await page.GetByTestId("badge-status").TextContentAsync())?.Trim(), StringComparison.Ordinal);
        Assert.Contains("/badges/", await page.GetByTestId("badge-download").GetAttributeAsync("href"), StringComparison.Ordinal);
    }

    private Eml? MailTo(string address) =>
        host.Platform.MailFiles().Select(Eml.Read).FirstOrDefault(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"http://localhost/visit/me\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex Link();
}
