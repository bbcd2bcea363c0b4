using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SupplierMeetups.BrowserTests.Infrastructure;

/// <summary>
/// One person clicking through the app in Turkish: every page reached is checked with axe-core (no critical or
/// serious violation) and for English words in its visible text (<see cref="PageChecks"/>), photographed, and, on a
/// phone, measured (nothing wider than the viewport, tap targets of 24 px). Any navigation that answers 4xx/5xx is
/// a failure. All failures are collected so that one run reports every page at once.
/// </summary>
public sealed class Journey
{
    private readonly string _role;
    private readonly bool _phone;
    private readonly IReadOnlySet<string> _capabilityCodes;

    private Journey(IPage page, string role, bool phone, IReadOnlySet<string> capabilityCodes)
    {
        Page = page;
        _role = role;
        _phone = phone;
        _capabilityCodes = capabilityCodes;
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
        var journey = await AnonymousAsync(host, role, phone);
        var page = journey.Page;
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

    /// <summary>Opens "/" as someone who has not signed in, in Turkish.</summary>
    public static async Task<Journey> AnonymousAsync(BrowserHost host, string role, bool phone)
    {
        var page = await host.NewPageAsync("tr-TR", phone ? 390 : 1280);
        var journey = new Journey(page, role, phone, await PageChecks.CapabilityCodesAsync(host));
        await page.GotoAsync("/");
        await journey.CheckAsync("home-anonymous");
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

    /// <summary>Checks the page shown now, reached by other means than a link (a form's answer).</summary>
    public Task CheckHereAsync(string shot) => CheckAsync(shot);

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
        var text = await Page.EvaluateAsync<string>(PageChecks.VisibleTurkishText);
        if (!text.Contains("SupplierMeetups", StringComparison.Ordinal))
        {
            Failures.Add($"the visible text of {path} was not read");
        }
        var english = PageChecks.EnglishIn(text, _capabilityCodes);
        if (english.Count > 0)
        {
            Failures.Add($"English on the Turkish page {path}: {string.Join(", ", english)}");
        }
        if (_phone)
        {
            foreach (var wide in await Page.EvaluateAsync<string[]>(PageChecks.TooWide))
            {
                Failures.Add($"{path} on a 390 px phone: {wide}");
            }
            var small = await Page.EvaluateAsync<string[]>(PageChecks.SmallTargets);
            if (small.Length > 0)
            {
                Failures.Add($"{path}: {small.Length} tap targets under 24 px: {string.Join("; ", small.Take(8))}");
            }
        }
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotDirectory, $"{_role}-{Visited.Count:00}-{shot}.png"), FullPage = true });
    }
}
