using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Registration;
using SupplierMeetups.Web.Registration.Consent;

namespace SupplierMeetups.IntegrationTests.Registration;

public sealed class FirmSignUpConsentTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task RegisterFirmPage_WhenShown_ShowsTheEventsCurrentNoticeInTheUsersLanguage()
    {
        var eventId = await factory.SeedEventAsync();

        var turkish = await (await factory.Anonymous().GetAsync($"/events/{eventId}/register-firm", TestContext.Current.CancellationToken)).HtmlAsync();
        var english = await (await factory.Anonymous("en-US").GetAsync($"/events/{eventId}/register-firm", TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Equal(DefaultConsentTexts.Turkish, turkish.QuerySelector("[data-testid=consent-text]")?.TextContent);
        Assert.Equal(DefaultConsentTexts.English, english.QuerySelector("[data-testid=consent-text]")?.TextContent);
        var shownId = Guid.Parse(turkish.QuerySelector("input[name='Input.ConsentTextId']")!.GetAttribute("value")!);
        Assert.Equal("tr", await factory.WithDbAsync(db => db.Set<ConsentText>().Where(t => t.Id == shownId).Select(t => t.Language).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task RegisterFirm_WhenConsentGiven_RecordsTheShownVersionForTheContactWithTheRegistration()
    {
        var eventId = await factory.SeedEventAsync();
        var email = $"riza-{Guid.NewGuid():N}@test.local";
        var vkn = RegistrationScenario.NewTaxNumber();
        var page = await (await factory.Anonymous("en-US").GetAsync($"/events/{eventId}/register-firm", TestContext.Current.CancellationToken)).HtmlAsync();
        var fields = RegistrationScenario.FirmForm(vkn, email);
        fields["Input.ConsentTextId"] = page.QuerySelector("input[name='Input.ConsentTextId']")!.GetAttribute("value")!;

        var response = await factory.Anonymous("en-US").PostFormAsync($"/events/{eventId}/register-firm", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (record, text, userId, registeredAt) = await factory.WithDbAsync(async db =>
        {
            var user = await db.Set<AppUser>().SingleAsync(u => u.Email == email, TestContext.Current.CancellationToken);
            var participation = await db.Set<Participation>().SingleAsync(p => p.ContactUserId == user.Id, TestContext.Current.CancellationToken);
            var r = await db.Set<ConsentRecord>().SingleAsync(x => x.PersonId == user.Id, TestContext.Current.CancellationToken);
            var t = await db.Set<ConsentText>().SingleAsync(x => x.Id == r.ConsentTextId, TestContext.Current.CancellationToken);
            return (r, t, user.Id, participation.RegisteredAt);
        });
        Assert.Equal(PersonKinds.FirmContact, record.PersonKind);
        Assert.Equal(userId, record.PersonId);
        Assert.Equal(eventId, record.EventId);
        Assert.Equal(("en", 1, "en"), (text.Language, text.Version, record.Language));
        Assert.Equal(fields["Input.ConsentTextId"], text.Id.ToString());
        Assert.Equal(registeredAt, record.AcceptedAt);
    }

    [Fact]
    public async Task RegisterFirm_WhenConsentNotGiven_ShowsTurkishMessageAndSavesNothing()
    {
        var eventId = await factory.SeedEventAsync();
        var email = $"rizasiz-{Guid.NewGuid():N}@test.local";
        var vkn = RegistrationScenario.NewTaxNumber();
        var fields = RegistrationScenario.FirmForm(vkn, email);
        fields.Remove("Input.AcceptConsent");

        var response = await factory.Anonymous().PostFormAsync($"/events/{eventId}/register-firm", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Lütfen aydınlatma metnini okuyup onay verin", (await response.HtmlAsync()).Body!.TextContent);
        await AssertNothingSavedAsync(email, vkn);
    }

    [Fact]
    public async Task RegisterFirm_WhenConsentMissingAndAnotherFieldWrong_TellsBothAtOnce()
    {
        var eventId = await factory.SeedEventAsync();
        var fields = RegistrationScenario.FirmForm(RegistrationScenario.NewTaxNumber(), $"iki-{Guid.NewGuid():N}@test.local");
        fields.Remove("Input.AcceptConsent");
        fields["Input.LegalName"] = "";

        var response = await factory.Anonymous("en-US").PostFormAsync($"/events/{eventId}/register-firm", fields);

        var text = (await response.HtmlAsync()).Body!.TextContent;
        Assert.Contains("Please read the personal data notice and give your consent", text);
        Assert.Contains("Legal name", text);
    }

    [Fact]
    public async Task RegisterFirmApi_WhenConsentNotGiven_AnswersEnglishProblemOnAcceptConsentAndSavesNothing()
    {
        var eventId = await factory.SeedEventAsync();
        var email = $"api-rizasiz-{Guid.NewGuid():N}@test.local";
        var vkn = RegistrationScenario.NewTaxNumber();
        var json = RegistrationScenario.FirmJson(vkn, email);
        json["acceptConsent"] = false;

        var response = await factory.Anonymous("en-US").PostAsJsonAsync($"/api/v1/events/{eventId}/firms", json, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("errors").GetProperty("acceptConsent")[0].GetString();
        Assert.Equal("Please read the personal data notice and give your consent: without it we cannot register you.", error);
        await AssertNothingSavedAsync(email, vkn);
    }

    [Fact]
    public async Task RegisterFirmApi_WhenNoticeOfAnotherEvent_RefusesAndSavesNothing()
    {
        var eventId = await factory.SeedEventAsync();
        var otherEvent = await factory.SeedEventAsync();
        var othersNotice = (await (await factory.Anonymous().GetAsync($"/api/v1/events/{otherEvent}/consent", TestContext.Current.CancellationToken)).JsonAsync()).GetProperty("id").GetGuid();
        var email = $"baska-{Guid.NewGuid():N}@test.local";
        var vkn = RegistrationScenario.NewTaxNumber();
        var json = RegistrationScenario.FirmJson(vkn, email);
        json["consentTextId"] = othersNotice;

        var response = await factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{eventId}/firms", json, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Bu aydınlatma metni bu etkinliğe ait değil", (await response.JsonAsync()).GetProperty("errors").GetProperty("consentTextId")[0].GetString());
        await AssertNothingSavedAsync(email, vkn);
    }

    [Fact]
    public async Task RegisterFirmApi_WhenConsentGivenWithoutVersion_RecordsTheCurrentVersionOfTheCallersLanguage()
    {
        var eventId = await factory.SeedEventAsync();
        var email = $"api-riza-{Guid.NewGuid():N}@test.local";

        var response = await factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{eventId}/firms", RegistrationScenario.FirmJson(RegistrationScenario.NewTaxNumber(), email), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var language = await factory.WithDbAsync(async db =>
        {
            var user = await db.Set<AppUser>().SingleAsync(u => u.Email == email, TestContext.Current.CancellationToken);
            return await (from r in db.Set<ConsentRecord>()
                          where r.PersonKind == PersonKinds.FirmContact && r.PersonId == user.Id
                          join t in db.Set<ConsentText>() on r.ConsentTextId equals t.Id
                          select t.Language).SingleAsync(TestContext.Current.CancellationToken);
        });
        Assert.Equal("tr", language);
    }

    private async Task AssertNothingSavedAsync(string email, string vkn)
    {
        Assert.False(await factory.WithDbAsync(db => db.Set<AppUser>().AnyAsync(u => u.Email == email, TestContext.Current.CancellationToken)));
        Assert.False(await factory.WithDbAsync(db => db.Set<Firm>().AnyAsync(f => f.TaxNumber == vkn, TestContext.Current.CancellationToken)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<ConsentRecord>().CountAsync(r => r.PersonKind == PersonKinds.FirmContact && !db.Set<AppUser>().Any(u => u.Id == r.PersonId), TestContext.Current.CancellationToken)));
    }
}
