using System.Net;
using System.Net.Http.Json;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Identity;

public sealed class TwoFactorApiTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task ApiLogin_WhenTwoFactorEnabledAndNoCode_AnswersAProblemAskingForIt()
    {
        var (email, _, _) = await EnrolAsync(await factory.CreateUserAsync(Roles.Supplier));

        var response = await factory.Anonymous("en-US").PostAsJsonAsync("/api/v1/auth/login", new { email, password = PlatformFactory.Password }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("two-factor-required", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ApiLogin_WhenAuthenticatorCodeRight_AnswersTokens()
    {
        var (email, key, _) = await EnrolAsync(await factory.CreateUserAsync(Roles.Organizer));

        var wrong = await factory.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email, password = PlatformFactory.Password, twoFactorCode = "000000" == Totp.Code(key) ? "111111" : "000000" }, TestContext.Current.CancellationToken);
        var right = await factory.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email, password = PlatformFactory.Password, twoFactorCode = Totp.Code(key) }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.False(string.IsNullOrEmpty((await right.JsonAsync()).GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task ApiLogin_WhenRecoveryCodeGiven_SignsInOnceWithIt()
    {
        var (email, _, recovery) = await EnrolAsync(await factory.CreateUserAsync(Roles.Staff));

        var first = await factory.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email, password = PlatformFactory.Password, recoveryCode = recovery[0] }, TestContext.Current.CancellationToken);
        var reused = await factory.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email, password = PlatformFactory.Password, recoveryCode = recovery[0] }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Organizer)]
    [InlineData(Roles.Staff)]
    public async Task ApiLogin_WhenRequiredRoleHasNotEnrolled_IsRefusedWithAPointerToEnrolment(string role)
    {
        var email = await factory.CreateUserAsync(role, enrolTwoFactor: false);

        var response = await factory.Anonymous("en-US").PostAsJsonAsync("/api/v1/auth/login", new { email, password = PlatformFactory.Password }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("two-factor-enrolment-required", problem.GetProperty("code").GetString());
        Assert.Equal("/account/two-factor", problem.GetProperty("enrolUrl").GetString());
    }

    [Fact]
    public async Task ApiLogin_WhenOptionalRoleHasNotEnrolled_SignsInWithThePasswordAlone()
    {
        var email = await factory.CreateUserAsync(Roles.Supplier);

        var response = await factory.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email, password = PlatformFactory.Password }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<(string Email, string Key, List<string> RecoveryCodes)> EnrolAsync(string email)
    {
        var (key, codes) = await factory.EnrolTwoFactorAsync(email);
        return (email, key, codes);
    }
}
