using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.IntegrationTests.BackgroundWork;

/// <summary>A second instance on the first one's database but with a data folder of its own (no key files to share).</summary>
public sealed class SecondInstance(PlatformFactory first) : PlatformFactory(TestEnvironment.UsePostgres
    ? new Dictionary<string, string?>()
    : new Dictionary<string, string?> { ["ConnectionStrings:Default"] = $"Data Source={Path.Combine(first.DataDirectory, "suppliermeetups.db")}" },
    sharedDatabase: TestEnvironment.UsePostgres ? first : null);

public sealed class SharedKeyRingTests
{
    [Fact]
    public async Task SignIn_OnOneInstance_IsAcceptedByAnother()
    {
        await using var first = new PlatformFactory();
        first.CreateClient();
        await using var second = new SecondInstance(first);
        second.CreateClient();

        var bearer = await first.SignedInAsync(PlatformFactory.OrganizerEmail);
        var onSecond = second.Anonymous();
        onSecond.DefaultRequestHeaders.Authorization = bearer.DefaultRequestHeaders.Authorization;
        var byToken = await onSecond.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken);
        var cookie = await SignInCookieAsync(first);
        var withCookie = second.Anonymous();
        withCookie.DefaultRequestHeaders.Add("Cookie", cookie);
        var byCookie = await withCookie.GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, byToken.StatusCode);
        Assert.Equal(PlatformFactory.OrganizerEmail, (await byToken.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.OK, byCookie.StatusCode);
        Assert.True(await KeysInDatabaseAsync(first) >= 1, "the key ring is not in the database");
    }

    [Fact]
    public async Task IdentityNumber_EncryptedByOneInstance_IsReadByAnother()
    {
        await using var first = new PlatformFactory();
        first.CreateClient();
        await using var second = new SecondInstance(first);
        second.CreateClient();

        await using var onFirst = first.Services.CreateAsyncScope();
        await using var onSecond = second.Services.CreateAsyncScope();
        var encrypted = onFirst.ServiceProvider.GetRequiredService<IdentityNumberProtector>().Protect("10000000146");
        var read = onSecond.ServiceProvider.GetRequiredService<IdentityNumberProtector>().Unprotect(encrypted);

        Assert.DoesNotContain("10000000146", encrypted, StringComparison.Ordinal);
        Assert.Equal("10000000146", read);
    }

    private static async Task<string> SignInCookieAsync(PlatformFactory factory)
    {
        var response = await factory.Anonymous().PostSignInFormsAsync(factory, PlatformFactory.OrganizerEmail);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sm.auth=", StringComparison.Ordinal));
        return auth.Split(';')[0];
    }

    private static async Task<int> KeysInDatabaseAsync(PlatformFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().DataProtectionKeys.CountAsync(TestContext.Current.CancellationToken);
    }
}
