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

    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> HtmlAsync(this HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
}
