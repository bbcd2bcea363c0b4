using System.Net;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.Platform;

public sealed class LanguageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task HomePage_WhenNoLanguageChosen_IsTurkish()
    {
        var client = factory.CreateClient();

        var page = await (await client.GetAsync("/", TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Equal("tr", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Giriş yap", page.QuerySelector("header")!.TextContent);
    }

    [Fact]
    public async Task Pages_WhenTheyShowTurkishText_CarryTheLettersThemselves()
    {
        var html = await (await factory.CreateClient().GetAsync("/account/login", TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("Şifrenizi mi unuttunuz?", html);
        Assert.DoesNotContain("&#x15E;", html);
    }

    [Fact]
    public async Task LanguageSwitch_WhenEnglishChosen_RemembersItAndReturnsToThePage()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var switched = await client.GetAsync("/language?culture=en-US&returnUrl=%2Faccount%2Flogin", TestContext.Current.CancellationToken);
        var page = await (await client.GetAsync("/account/login", TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/account/login", switched.Headers.Location?.OriginalString);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sign in", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task LanguageSwitch_WhenReturnUrlIsForeign_StaysOnThisSite()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var switched = await client.GetAsync("/language?culture=en-US&returnUrl=https%3A%2F%2Fevil.example%2F", TestContext.Current.CancellationToken);

        Assert.Equal("/", switched.Headers.Location?.OriginalString);
    }
}
