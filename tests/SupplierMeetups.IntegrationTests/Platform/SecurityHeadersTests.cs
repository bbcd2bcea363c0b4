using System.Net;
using System.Text.RegularExpressions;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Matchmaking;

namespace SupplierMeetups.IntegrationTests.Platform;

public sealed partial class SecurityHeadersTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_WhenCrawledAsOrganizer_EachCarriesTheHeaders_AndNoInlineScriptOrStyle()
    {
        var world = await MatchmakingWorld.CreateAsync(factory);
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail, "en-US");

        var pages = await CrawlAsync(organizer, ["/", "/organizer/events", $"/organizer/events/{world.EventId}", "/organizer/audit", "/organizer/email-templates"]);

        Assert.True(pages.Count >= 25, $"only {pages.Count} pages reached: {string.Join(", ", pages.Keys)}");
        Assert.All(pages, page => AssertHeaders(page.Key, page.Value.Response));
        Assert.All(pages, page => AssertNoInlineCode(page.Key, page.Value.Html));
    }

    [Fact]
    public async Task JobsDashboard_ForOrganizers_RunsScriptsOnlyFromFiles_AndAllowsOnlyItsInlineStyles()
    {
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail, "en-US");

        var response = await organizer.GetAsync("/organizer/jobs/recurring", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self' 'unsafe-inline';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        Assert.All(document.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), "the dashboard has an inline <script>"));
    }

    [Fact]
    public async Task Pages_WhenCrawledAnonymously_EachCarriesTheHeaders_AndNoInlineScriptOrStyle()
    {
        await MatchmakingWorld.CreateAsync(factory);

        var pages = await CrawlAsync(factory.Anonymous(), ["/", "/account/login", "/account/register"]);

        Assert.True(pages.Count >= 3, $"only {pages.Count} pages reached");
        Assert.All(pages, page => AssertHeaders(page.Key, page.Value.Response));
        Assert.All(pages, page => AssertNoInlineCode(page.Key, page.Value.Html));
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/api/v1/events")]
    [InlineData("/css/site.css")]
    [InlineData("/js/floor-plan.js")]
    [InlineData("/no-such-page")]
    [InlineData("/api/v1/no-such-thing")]
    public async Task Answers_OtherThanPages_CarryTheHeadersToo(string path)
    {
        var response = await factory.Anonymous().GetAsync(path, Ct);

        AssertHeaders(path, response);
    }

    [Fact]
    public async Task Hsts_WhenRequestIsHttps_IsSent_AndNotOverPlainHttp()
    {
        var https = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var secure = await https.GetAsync("/", Ct);
        var plain = await factory.Anonymous().GetAsync("/", Ct);

        Assert.Equal("max-age=31536000; includeSubDomains", secure.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Hsts_WhenTheProxySaysHttps_IsSent()
    {
        var client = factory.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request, Ct);

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task AuthenticatedAnswers_WhenSignedIn_AreNotStored()
    {
        var api = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var pages = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var me = await api.GetAsync("/api/v1/auth/me", Ct);
        var page = await pages.GetAsync("/organizer/events", Ct);
        var anonymous = await factory.Anonymous().GetAsync("/", Ct);

        Assert.Contains("no-store", me.Headers.CacheControl?.ToString());
        Assert.Contains("no-store", page.Headers.CacheControl?.ToString());
        Assert.DoesNotContain("no-store", anonymous.Headers.CacheControl?.ToString() ?? "");
    }

    [Fact]
    public async Task EmailPreview_WhenFramedByTheTemplatePage_HasItsOwnPolicyAllowingOnlyInlineStyles()
    {
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var page = await organizer.GetAsync("/organizer/email-templates/firm-approved/tr", Ct);
        var src = (await page.HtmlAsync()).QuerySelector("iframe.email-preview")?.GetAttribute("src");
        var preview = await organizer.GetAsync(src, Ct);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var policy = preview.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("frame-ancestors 'self'", policy);
        Assert.DoesNotContain("script-src", policy);
        Assert.Equal("SAMEORIGIN", preview.Headers.GetValues("X-Frame-Options").Single());
    }

    private static void AssertHeaders(string path, HttpResponseMessage response)
    {
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var policy), $"{path}: no CSP");
        var csp = policy!.Single();
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'" })
        {
            Assert.Contains(directive, csp);
        }
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    private static void AssertNoInlineCode(string path, string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.All(document.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") && s.TextContent.Trim().Length == 0, $"{path}: inline <script>"));
        Assert.Empty(document.QuerySelectorAll("style"));
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{path}: {element.LocalName} has {attribute.Name}=");
                Assert.False(attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase), $"{path}: {element.LocalName} has a style attribute");
                Assert.False(attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{path}: javascript: URL");
            }
        }
    }

    /// <summary>Follows same-site links breadth first, as a user would click them (no sign-out, no language switch, no downloads).</summary>
    private static async Task<Dictionary<string, (HttpResponseMessage Response, string Html)>> CrawlAsync(HttpClient client, IEnumerable<string> start, int limit = 120)
    {
        var seen = new HashSet<string>(start, StringComparer.Ordinal);
        var queue = new Queue<string>(seen);
        var pages = new Dictionary<string, (HttpResponseMessage, string)>(StringComparer.Ordinal);
        while (queue.Count > 0 && pages.Count < limit)
        {
            var path = queue.Dequeue();
            var response = await client.GetAsync(path, Ct);
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var html = await response.Content.ReadAsStringAsync(Ct);
            pages[path] = (response, html);
            foreach (var link in new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll("a[href]"))
            {
                var href = link.GetAttribute("href")!.Split('#')[0];
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !Skipped().IsMatch(href) && seen.Add(href))
                {
                    queue.Enqueue(href);
                }
            }
        }
        return pages;
    }

    // Hangfire's dashboard is its own application under /organizer/jobs, with its own policy (JobsDashboard_… below);
    // Scalar's API reference likewise (its script runs under a nonce; ApiReference tests in OpenApiDocumentTests).
    [GeneratedRegex(@"^/(language|account/logout|organizer/jobs|api/reference)|handler=csv|\.(csv|pdf|ics|png|jpg|svg)(\?|$)|/badge|/proof", RegexOptions.IgnoreCase)]
    private static partial Regex Skipped();
}
