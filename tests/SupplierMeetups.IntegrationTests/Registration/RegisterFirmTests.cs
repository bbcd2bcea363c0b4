using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Registration;

public sealed class RegisterFirmTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task RegisterFirm_WhenValidInTurkish_CreatesAccountFirmAndPendingParticipationAndQueuesConfirmation()
    {
        var eventId = await factory.SeedEventAsync();
        var vkn = RegistrationScenario.NewTaxNumber();
        var email = $"mustafa-{Guid.NewGuid():N}@test.local";

        var response = await factory.Anonymous().PostFormAsync($"/events/{eventId}/register-firm", RegistrationScenario.FirmForm(vkn, email, type: "Exhibitor"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (firm, participation, roles, mails) = await factory.WithDbAsync(async db =>
        {
            var f = await db.Set<Firm>().SingleAsync(x => x.TaxNumber == vkn, TestContext.Current.CancellationToken);
            var p = await db.Set<Participation>().SingleAsync(x => x.FirmId == f.Id, TestContext.Current.CancellationToken);
            var user = await db.Set<AppUser>().SingleAsync(u => u.Email == email, TestContext.Current.CancellationToken);
            var r = await (from ur in db.Set<IdentityUserRole<Guid>>() join role in db.Set<IdentityRole<Guid>>() on ur.RoleId equals role.Id where ur.UserId == user.Id select role.Name).ToListAsync(TestContext.Current.CancellationToken);
            var m = await db.Set<OutgoingEmail>().CountAsync(o => o.ToAddress == email, TestContext.Current.CancellationToken);
            Assert.Equal(user.Id, p.ContactUserId);
            Assert.Equal("Mustafa Büyükeğen", user.FullName);
            Assert.Equal("tr", user.PreferredLanguage);
            return (f, p, r, m);
        });
        Assert.Equal("Ağır Sanayi Şirketi", firm.LegalName);
        Assert.Equal("Konya", firm.City);
        Assert.Equal(["Savunma", "Havacılık"], firm.Sectors);
        Assert.Equal(["AZ", "DE"], firm.ExportMarkets);
        Assert.Equal(["cnc"], firm.Capabilities);
        Assert.Equal(ParticipationStatus.Pending, participation.Status);
        Assert.Equal(ParticipationType.Exhibitor, participation.Type);
        Assert.Equal("18 m², köşe", participation.BoothRequest);
        Assert.Equal([Roles.Supplier], roles);
        Assert.Equal(1, mails);
    }

    [Fact]
    public async Task RegisterFirm_WhenTaxNumberCheckDigitWrong_ShowsTurkishMessageAndSavesNothing()
    {
        var eventId = await factory.SeedEventAsync();
        var valid = RegistrationScenario.NewTaxNumber();
        var wrong = valid[..9] + (char)('0' + (valid[9] - '0' + 1) % 10);
        var email = $"wrong-{Guid.NewGuid():N}@test.local";

        var response = await factory.Anonymous().PostFormAsync($"/events/{eventId}/register-firm", RegistrationScenario.FirmForm(wrong, email));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.HtmlAsync();
        Assert.Contains($"{wrong} geçerli bir vergi numarası değil", html.Body!.TextContent);
        Assert.False(await factory.WithDbAsync(db => db.Set<AppUser>().AnyAsync(u => u.Email == email, TestContext.Current.CancellationToken)));
        Assert.False(await factory.WithDbAsync(db => db.Set<Firm>().AnyAsync(f => f.TaxNumber == wrong, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task RegisterFirm_WhenSameTaxNumberAlreadyRegisteredForEvent_RefusesInEnglishAndKeepsOneParticipation()
    {
        var eventId = await factory.SeedEventAsync();
        var vkn = RegistrationScenario.NewTaxNumber();
        await factory.Anonymous().PostFormAsync($"/events/{eventId}/register-firm", RegistrationScenario.FirmForm(vkn, $"a-{Guid.NewGuid():N}@test.local"));
        var secondEmail = $"b-{Guid.NewGuid():N}@test.local";

        var response = await factory.Anonymous("en-US").PostFormAsync($"/events/{eventId}/register-firm", RegistrationScenario.FirmForm(vkn, secondEmail));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"The firm with the tax number {vkn} is already registered for this event.", (await response.HtmlAsync()).Body!.TextContent);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<Firm>().CountAsync(f => f.TaxNumber == vkn, TestContext.Current.CancellationToken)));
        Assert.False(await factory.WithDbAsync(db => db.Set<AppUser>().AnyAsync(u => u.Email == secondEmail, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task RegisterFirm_WhenFormSubmittedTwice_RegistersOnceAndAnswersBothAsDone()
    {
        var eventId = await factory.SeedEventAsync();
        var vkn = RegistrationScenario.NewTaxNumber();
        var form = RegistrationScenario.FirmForm(vkn, $"twice-{Guid.NewGuid():N}@test.local");
        var client = factory.Anonymous();

        var first = await client.PostFormAsync($"/events/{eventId}/register-firm", form);
        var second = await client.PostFormAsync($"/events/{eventId}/register-firm", form);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<Participation>().CountAsync(p => p.EventId == eventId, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task RegisterFirm_WhenContactSignedInForNextEvent_FindsProfileFilledInAndReusesTheFirm()
    {
        var firstEvent = await factory.SeedEventAsync();
        var nextEvent = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(firstEvent, shortName: "Tekrar Katılan");
        var client = await factory.SignedInPagesAsync(email);

        var form = await (await client.GetAsync($"/events/{nextEvent}/register-firm", TestContext.Current.CancellationToken)).HtmlAsync();
        var taxNumber = form.QuerySelector("input[name='Input.TaxNumber']")!.GetAttribute("value")!;
        var fields = RegistrationScenario.FirmForm(taxNumber, email, shortName: "Tekrar Katılan");
        fields.Remove("Input.ContactEmail");
        var response = await client.PostFormAsync($"/events/{nextEvent}/register-firm", fields);

        Assert.Equal("Tekrar Katılan", form.QuerySelector("input[name='Input.ShortName']")!.GetAttribute("value"));
        Assert.Null(form.QuerySelector("input[name='Input.ContactPassword']"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var participations = await factory.WithDbAsync(db => db.Set<Participation>().Where(p => p.FirmId == firmId).CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, participations);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<Firm>().CountAsync(f => f.TaxNumber == taxNumber, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task RegisterFirm_WhenTaxNumberTookPartBeforeAndNotSignedIn_AsksTheContactToSignIn()
    {
        var firstEvent = await factory.SeedEventAsync();
        var nextEvent = await factory.SeedEventAsync();
        var (firmId, _) = await factory.RegisterSupplierAsync(firstEvent);
        var vkn = await factory.WithDbAsync(db => db.Set<Firm>().Where(f => f.Id == firmId).Select(f => f.TaxNumber).SingleAsync(TestContext.Current.CancellationToken));

        var response = await factory.Anonymous("en-US").PostAsJsonAsync($"/api/v1/events/{nextEvent}/firms", RegistrationScenario.FirmJson(vkn, $"x-{Guid.NewGuid():N}@test.local"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("errors").GetProperty("taxNumber")[0].GetString();
        Assert.Contains("took part before", error);
    }

    [Fact]
    public async Task RegisterFirmApi_WhenValid_Answers201WithPendingParticipation()
    {
        var eventId = await factory.SeedEventAsync();

        var response = await factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{eventId}/firms", RegistrationScenario.FirmJson(RegistrationScenario.NewTaxNumber(), $"api-{Guid.NewGuid():N}@test.local"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Pending", body.GetProperty("participation").GetProperty("status").GetString());
        Assert.Equal("Supplier", body.GetProperty("participation").GetProperty("type").GetString());
    }

    [Fact]
    public async Task RegisterFirmApi_WhenForeignFirmWithCountryCode_NeedsNoTaxNumberOrProvince()
    {
        var eventId = await factory.SeedEventAsync();
        var json = RegistrationScenario.FirmJson(null, $"baku-{Guid.NewGuid():N}@test.local");
        json["country"] = "AZ";
        json["city"] = "Bakı";

        var response = await factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{eventId}/firms", json, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("AZ", (await response.JsonAsync()).GetProperty("country").GetString());
    }

    [Fact]
    public async Task RegisterFirmApi_WhenPrimeOrUnknownProvinceOrBadVkn_AnswersEachFieldInTurkishAndSavesNothing()
    {
        var eventId = await factory.SeedEventAsync();
        var email = $"prime-{Guid.NewGuid():N}@test.local";
        var json = RegistrationScenario.FirmJson("1234567891", email, type: "Prime");
        json["city"] = "Gotham";

        var response = await factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{eventId}/firms", json, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal("Ana yükleniciler organizatörlerin davetiyle katılır; stantlı katılımcı veya tedarikçi seçin.", errors.GetProperty("type")[0].GetString());
        Assert.Equal("Gotham Türkiye'nin 81 ilinden biri değil.", errors.GetProperty("city")[0].GetString());
        Assert.StartsWith("1234567891 geçerli bir vergi numarası değil", errors.GetProperty("taxNumber")[0].GetString());
        Assert.False(await factory.WithDbAsync(db => db.Set<AppUser>().AnyAsync(u => u.Email == email, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task RegisterFirmApi_WhenOrganizerFillsItIn_CreatesTheFirmsOwnContactAndLeavesTheOrganizerAlone()
    {
        var eventId = await factory.SeedEventAsync();
        var email = $"by-organizer-{Guid.NewGuid():N}@test.local";
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var response = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/firms", RegistrationScenario.FirmJson(RegistrationScenario.NewTaxNumber(), email), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var firmId = (await response.JsonAsync()).GetProperty("id").GetGuid();
        var contactEmail = await factory.WithDbAsync(async db =>
        {
            var contactId = await db.Set<Participation>().Where(p => p.FirmId == firmId).Select(p => p.ContactUserId).SingleAsync(TestContext.Current.CancellationToken);
            return await db.Set<AppUser>().Where(u => u.Id == contactId).Select(u => u.Email).SingleAsync(TestContext.Current.CancellationToken);
        });
        Assert.Equal(email, contactEmail);
    }

    [Fact]
    public async Task RegisterFirmApi_WhenEventUnknown_Answers404()
    {
        var response = await factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{Guid.NewGuid()}/firms", RegistrationScenario.FirmJson(RegistrationScenario.NewTaxNumber(), $"n-{Guid.NewGuid():N}@test.local"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
