using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SupplierMeetups.IntegrationTests.Infrastructure;

public static class ApiClient
{
    /// <summary>A client signed in through POST /api/v1/auth/login, sending the bearer token and a language.</summary>
    public static async Task<HttpClient> SignedInAsync(this PlatformFactory factory, string email, string language = "tr-TR")
    {
        var client = factory.Anonymous(language);
        var key = await factory.TwoFactorKeyAsync(email);
        var response = await client.PostAsJsonAsync("/api/v1/auth/login",
            new { email, password = PlatformFactory.Password, twoFactorCode = key is null ? null : Totp.Code(key) }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client signed in through the sign-in form, carrying the cookie as a browser would, for pages.</summary>
    public static async Task<HttpClient> SignedInPagesAsync(this PlatformFactory factory, string email, string language = "tr-TR")
    {
        var client = factory.Anonymous(language);
        await client.SignInPagesAsync(factory, email);
        return client;
    }

    /// <summary>Signs this client in through the sign-in form, and its two-factor step when the account has one.</summary>
    public static async Task SignInPagesAsync(this HttpClient client, PlatformFactory factory, string email)
    {
        var response = await client.PostSignInFormsAsync(factory, email);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"sign-in of {email} failed: {response.StatusCode}");
    }

    /// <summary>Posts the sign-in form, and its two-factor step when the account has one; answers the last response.</summary>
    public static async Task<HttpResponseMessage> PostSignInFormsAsync(this HttpClient client, PlatformFactory factory, string email)
    {
        var key = await factory.TwoFactorKeyAsync(email);
        var response = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = PlatformFactory.Password });
        if (key is not null && response.RedirectPath().StartsWith("/account/login/two-factor", StringComparison.Ordinal))
        {
            response = await client.PostFormAsync(response.RedirectPath(), new() { ["Code"] = Totp.Code(key) });
        }
        return response;
    }

    public static HttpClient Anonymous(this PlatformFactory factory, string language = "tr-TR")
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
}
