using AngleSharp.Html.Parser;

namespace SupplierMeetups.IntegrationTests.Infrastructure;

/// <summary>Submits server-rendered forms as a browser without JavaScript would, antiforgery token included.</summary>
public static class Forms
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, Dictionary<string, string> fields, string? handler = null)
    {
        var page = await client.GetAsync(pageUrl, TestContext.Current.CancellationToken);
        page.EnsureSuccessStatusCode();
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
                    ?? throw new InvalidOperationException($"{pageUrl} has no antiforgery token");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        var target = handler is null ? pageUrl : $"{pageUrl}{(pageUrl.Contains('?') ? '&' : '?')}handler={handler}";
        var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(body) };
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// A double click: the page is loaded once and its form sent <paramref name="times"/> times at once with the same
    /// token (loading the page once per press would meet the page the first press already changed).
    /// </summary>
    public static async Task<HttpResponseMessage[]> PostFormAtOnceAsync(this HttpClient client, string pageUrl, Dictionary<string, string> fields, string handler, int times)
    {
        var page = await client.GetAsync(pageUrl, TestContext.Current.CancellationToken);
        page.EnsureSuccessStatusCode();
        var token = (await page.HtmlAsync()).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
                    ?? throw new InvalidOperationException($"{pageUrl} has no antiforgery token");
        var target = $"{pageUrl}{(pageUrl.Contains('?') ? '&' : '?')}handler={handler}";
        return await Task.WhenAll(Enumerable.Range(0, times).Select(_ => client.SendAsync(
            new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }) },
            TestContext.Current.CancellationToken)));
    }

    /// <summary>Posts to an address whose own page shows no form (a stale page, or one the user may not see), with a token from another page.</summary>
    public static async Task<HttpResponseMessage> PostFormWithTokenFromAsync(this HttpClient client, string tokenPageUrl, string target, Dictionary<string, string> fields)
    {
        var page = await client.GetAsync(tokenPageUrl, TestContext.Current.CancellationToken);
        page.EnsureSuccessStatusCode();
        var token = (await page.HtmlAsync()).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
                    ?? throw new InvalidOperationException($"{tokenPageUrl} has no antiforgery token");
        var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }) };
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Where a redirect points, as a path and query whether the header holds an absolute or a relative address.</summary>
    public static string RedirectPath(this HttpResponseMessage response) =>
        response.Headers.Location is { } location ? (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString) : "";

    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> HtmlAsync(this HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
}
