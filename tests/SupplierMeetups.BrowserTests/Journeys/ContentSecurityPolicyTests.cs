using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SupplierMeetups.BrowserTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.BrowserTests.Journeys;

/// <summary>Under the Content-Security-Policy the pages' own scripts still run and the browser refuses nothing on them.</summary>
public sealed class ContentSecurityPolicyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task ScriptedPages_UnderThePolicy_RunTheirScriptsWithoutAViolation()
    {
        var eventId = await EventAsync();
        var page = await host.NewPageAsync("en-US");
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => violations.Add($"{page.Url}: {error}");
        var key = await host.Platform.TwoFactorKeyAsync(PlatformFactory.OrganizerEmail);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail").FillAsync(PlatformFactory.OrganizerEmail);
        await page.GetByLabel("Password").FillAsync(PlatformFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        if (key is not null)
        {
            await page.WaitForURLAsync("**/account/login/two-factor**");
            await page.GetByLabel("Code from the app").FillAsync(Totp.Code(key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        }
        await page.GetByTestId("signed-in-as").WaitForAsync();

        await page.GotoAsync($"/organizer/events/{eventId}/booths/grid");
        await page.GetByLabel("Rows").FillAsync("2");
        await page.GetByLabel("Columns", new() { Exact = true }).FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).ClickAsync();
        await page.GetByTestId("floor-plan").WaitForAsync();
        // The zoom tools are hidden until floor-plan.js shows them: visible means the script ran under the policy.
        var zoomIn = page.Locator("[data-zoom=in]").First;
        await zoomIn.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        var before = await page.Locator("[data-plan] svg").First.GetAttributeAsync("viewBox");
        await zoomIn.ClickAsync();
        var after = await page.Locator("[data-plan] svg").First.GetAttributeAsync("viewBox");
        await page.GotoAsync($"/events/{eventId}/map");
        await page.Locator("[data-zoom=in]").First.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        foreach (var path in new[] { $"/organizer/events/{eventId}/schedule", $"/organizer/events/{eventId}/schedule/grid", "/organizer/audit", "/organizer/email-templates/firm-approved/tr" })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        // Last page visited: the template page, whose preview frame has its own policy allowing the e-mail's inline styles.
        var preview = page.FrameLocator("iframe.email-preview").Locator("body");
        var previewText = await preview.TextContentAsync();

        Assert.NotEqual(before, after);
        Assert.Contains("Mustafa", previewText);
        Assert.Empty(violations);
    }

    private async Task<Guid> EventAsync()
    {
        await using var scope = host.Platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var fair = new Event { NameTr = "Konya CSP Denemesi", NameEn = "Konya CSP Check", Venue = "TÜYAP Konya", City = "Konya", StartDate = new DateOnly(2030, 11, 5), EndDate = new DateOnly(2030, 11, 6) };
        fair.Halls = [new Hall { EventId = fair.Id, Name = "Salon 1", AreaSquareMetres = 2700 }];
        fair.MeetingDays = [new MeetingDay { EventId = fair.Id, Date = new DateOnly(2030, 11, 5), Start = new TimeOnly(10, 0), End = new TimeOnly(11, 0), SlotMinutes = 20 }];
        db.Add(fair);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return fair.Id;
    }
}
