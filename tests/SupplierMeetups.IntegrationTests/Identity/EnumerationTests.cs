using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;

namespace SupplierMeetups.IntegrationTests.Identity;

/// <summary>Sign-in answers must not tell which addresses have accounts, nor their state, to someone without the password.</summary>
public sealed class EnumerationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task ApiLogin_WhenUnconfirmedAndPasswordWrong_AnswersLikeAnUnknownAddress()
    {
        var email = await CreateAsync(confirmed: false);

        var unknown = await LoginAsync($"yok-{Guid.NewGuid():N}@test.local", "Yanlış!2025x");
        var wrong = await LoginAsync(email, "Yanlış!2025x");
        var right = await LoginAsync(email, PlatformFactory.Password);

        Assert.Equal(unknown, wrong);
        Assert.Equal((HttpStatusCode.Unauthorized, "The e-mail address or password is wrong."), wrong);
        Assert.Equal((HttpStatusCode.Unauthorized, "Please confirm your e-mail address first."), right);
    }

    [Fact]
    public async Task ApiLogin_WhenLockedAndPasswordWrong_AnswersLikeAnUnknownAddress()
    {
        var email = await CreateAsync(confirmed: true, locked: true);

        var unknown = await LoginAsync($"yok-{Guid.NewGuid():N}@test.local", "Yanlış!2025x");
        var wrong = await LoginAsync(email, "Yanlış!2025x");
        var right = await LoginAsync(email, PlatformFactory.Password);

        Assert.Equal(unknown, wrong);
        Assert.Equal(HttpStatusCode.Locked, right.Status);
    }

    [Fact]
    public async Task PageLogin_WhenUnconfirmedAndPasswordWrong_ShowsTheSameErrorAsAnUnknownAddress()
    {
        var email = await CreateAsync(confirmed: false);
        var client = factory.Anonymous("en-US");

        var unknown = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = $"yok-{Guid.NewGuid():N}@test.local", ["Input.Password"] = "Yanlış!2025x" });
        var wrong = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = "Yanlış!2025x" });

        Assert.Equal("The e-mail address or password is wrong.", (await unknown.HtmlAsync()).QuerySelector(".alert.error li")?.TextContent.Trim());
        Assert.Equal("The e-mail address or password is wrong.", (await wrong.HtmlAsync()).QuerySelector(".alert.error li")?.TextContent.Trim());
    }

    private async Task<(HttpStatusCode Status, string? Detail)> LoginAsync(string email, string password)
    {
        var response = await factory.Anonymous("en-US").PostAsJsonAsync("/api/v1/auth/login", new { email, password }, TestContext.Current.CancellationToken);
        return (response.StatusCode, (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    private async Task<string> CreateAsync(bool confirmed, bool locked = false)
    {
        var email = $"durum-{Guid.NewGuid():N}@test.local";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = confirmed, FullName = "Durum Testi" };
        Assert.True((await users.CreateAsync(user, PlatformFactory.Password)).Succeeded);
        if (locked)
        {
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(15));
        }
        return email;
    }
}
