using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.IntegrationTests.Identity;

/// <summary>The confirmation link opens a page; only its button confirms, so a mail scanner's visit changes nothing.</summary>
public sealed partial class ConfirmEmailPageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConfirmationLink_WhenOpened_ChangesNothingAndTheButtonConfirms()
    {
        var (email, link) = await RegisteredAsync();
        var client = factory.Anonymous();

        var opened = await client.GetAsync(link, Ct);
        var confirmedBefore = await ConfirmedAsync(email);
        var pressed = await client.PostFormAsync(link, []);

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.NotNull((await opened.HtmlAsync()).QuerySelector("form [data-testid=confirm]"));
        Assert.False(confirmedBefore);
        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        Assert.Contains("e-posta adresiniz doğrulandı", (await pressed.HtmlAsync()).QuerySelector(".alert.success")?.TextContent);
        Assert.True(await ConfirmedAsync(email));
    }

    [Theory]
    [InlineData("/account/confirm-email?userId=not-a-guid&code=abc")]
    [InlineData("/account/confirm-email?userId=&code=")]
    public async Task ConfirmationLink_WhenMangled_ShowsAFriendlyPage(string link)
    {
        var client = factory.Anonymous();

        var opened = await client.GetAsync(link, Ct);
        var pressed = await client.PostFormWithTokenFromAsync("/account/login", link, new() { ["UserId"] = "not-a-guid", ["Code"] = "abc" });

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        Assert.NotNull((await pressed.HtmlAsync()).QuerySelector(".alert.error"));
    }

    private async Task<(string Email, string Link)> RegisteredAsync()
    {
        var email = $"dogrula-{Guid.NewGuid():N}@test.local";
        (await factory.Anonymous().PostAsJsonAsync("/api/v1/auth/register", new { email, password = "Güçlü!2025", fullName = "Doğrulama Testi" }, Ct)).EnsureSuccessStatusCode();
        await using var scope = factory.Services.CreateAsyncScope();
        var text = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutgoingEmail>()
            .Where(m => m.ToAddress == email).Select(m => m.TextBody).SingleAsync(Ct);
        return (email, new Uri(Link().Match(text).Value).PathAndQuery);
    }

    private async Task<bool> ConfirmedAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.EmailConfirmed;
    }

    [GeneratedRegex(@"http://localhost/account/confirm-email\?\S+")]
    private static partial Regex Link();
}
