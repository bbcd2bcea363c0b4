using System.Net.Http.Headers;
using AngleSharp.Html.Parser;

namespace SupplierMeetups.IntegrationTests.Registration;

/// <summary>Submits a server-rendered form with a file, antiforgery token included, as a browser would.</summary>
internal static class Multipart
{
    public static async Task<HttpResponseMessage> PostWithFileAsync(
        this HttpClient client, string pageUrl, string handler, Dictionary<string, string> fields, string fileField, byte[]? file, string contentType)
    {
        var page = await client.GetAsync(pageUrl, TestContext.Current.CancellationToken);
        page.EnsureSuccessStatusCode();
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            content.Add(part, fileField, "proof.pdf");
        }
        return await client.PostAsync($"{pageUrl}?handler={handler}", content, TestContext.Current.CancellationToken);
    }

    public static byte[] Pdf(int size = 2000)
    {
        var bytes = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }
}
