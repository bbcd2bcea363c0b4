using System.Net;
using System.Net.Http.Json;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.Identity;

public sealed class PasswordPolicyTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData("tr-TR", "Bu şifre en yaygın şifrelerden biri ve kolayca tahmin edilir: lütfen başka bir şifre seçin.")]
    [InlineData("en-US", "This password is one of the most common ones and easy to guess: please choose another.")]
    public async Task Register_WhenPasswordIsCommon_RefusesItInTheUsersLanguage(string language, string message)
    {
        var response = await factory.Anonymous(language).PostAsJsonAsync("/api/v1/auth/register",
            new { email = $"yaygin-{Guid.NewGuid():N}@test.local", password = "Password1!", fullName = "Yaygın Şifre" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.JsonAsync()).GetProperty("errors").GetProperty("password").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Register_WhenPasswordShorterThanTenCharacters_RefusesIt()
    {
        var response = await factory.Anonymous("en-US").PostAsJsonAsync("/api/v1/auth/register",
            new { email = $"kisa-{Guid.NewGuid():N}@test.local", password = "Kx7!qwz9p", fullName = "Kısa Şifre" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The password must be at least 10 characters long.", (await response.JsonAsync()).GetProperty("errors").GetProperty("password").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Register_WhenPasswordCommonAndAddressTaken_RefusesThePasswordLikeForANewAddress()
    {
        var response = await factory.Anonymous("en-US").PostAsJsonAsync("/api/v1/auth/register",
            new { email = PlatformFactory.OrganizerEmail, password = "Password1!", fullName = "Yaygın Şifre" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("password", out _));
        Assert.False(errors.TryGetProperty("email", out _));
    }
}
