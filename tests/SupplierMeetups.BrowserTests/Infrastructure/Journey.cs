using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SupplierMeetups.BrowserTests.Infrastructure;

/// <summary>
/// One person clicking through the app: every page reached is checked with axe-core (no critical or serious
/// violation), photographed, and, on a phone, measured (nothing wider than the viewport). Any navigation that
/// answers 4xx/5xx is a failure. All failures are collected so that one run reports every page at once.
/// </summary>
public sealed class Journey
{
    private readonly string _role;
    private readonly bool _phone;

    private Journey(IPage page, string role, bool phone)
    {
        Page = page;
        _role = role;
        _phone = phone;
        page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && response.Status >= 400)
            {
                Failures.Add($"{response.Status} on {response.Url}");
            }
        };
    }

    public IPage Page { get; }
    public List<string> Failures { get; } = [];
    public List<string> Visited { get; } = [];

    /// <summary>Opens "/" and signs in by clicking the header's sign-in link, in Turkish.</summary>
    public static async Task<Journey> SignedInAsync(BrowserHost host, string role, string email, string password, bool phone)
    {
        var page = await host.NewPageAsync("tr-TR", phone ? 390 : 1280);
        var journey = new Journey(page, role, phone);
        await page.GotoAsync("/");
        await journey.CheckAsync("home-anonymous");
        var key = await host.Platform.TwoFactorKeyAsync(email);
        await page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Giriş yap" }).ClickAsync();
        await page.GetByLabel("E-posta").FillAsync(email);
        await page.GetByLabel("Şifre").FillAsync(password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Giriş yap" }).ClickAsync();
        try
        {
            await BrowserSignIn.CodeStepAsync(page, key);
        }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotDirectory, $"{role}-sign-in-failed.png"), FullPage = true });
            throw;
        }
        await page.GetByTestId("signed-in-as").WaitForAsync();
        return journey;
    }

    public ILocator Nav(string name) => Page.Locator("nav.main-nav").GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator InMain(string name) => Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First;

    /// <summary>Clicks the link and waits for the page whose main heading contains <paramref name="heading"/>.</summary>
    public async Task ClickAsync(ILocator link, string heading, string shot)
    {
        await link.ClickAsync();
        await Page.Locator("h1").Filter(new() { HasText = heading }).WaitForAsync(new() { Timeout = 15_000 });
        await CheckAsync(shot);
    }

    private async Task CheckAsync(string shot)
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        var path = new Uri(Page.Url).PathAndQuery;
        Visited.Add(path);
        var axe = await Page.RunAxe();
        foreach (var violation in axe.Violations.Where(v => v.Impact is "critical" or "serious"))
        {
            Failures.Add($"axe {violation.Impact} {violation.Id} on {path}: {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html))}");
        }
        if (_phone)
        {
            var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            if (widths[0] > widths[1])
            {
                Failures.Add($"{path} is {widths[0]} px wide on a {widths[1]} px phone");
            }
        }
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotDirectory, $"{_role}-{Visited.Count:00}-{shot}.png"), FullPage = true });
    }
}
