using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Registration;

public sealed class FirmApiTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private string _taxNumber = "";

    private Dictionary<string, object?> Update(string shortName, object? qualifications = null)
    {
        var json = RegistrationScenario.FirmJson(_taxNumber, null, shortName: shortName);
        json.Remove("contactFullName");
        json.Remove("contactEmail");
        json.Remove("contactPassword");
        json.Remove("type");
        json["qualifications"] = qualifications;
        return json;
    }

    private async Task<(Guid EventId, Guid FirmId, string Email, string Url)> FirmAsync()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        _taxNumber = await factory.WithDbAsync(db => db.Set<Firm>().Where(f => f.Id == firmId).Select(f => f.TaxNumber!).SingleAsync(TestContext.Current.CancellationToken));
        return (eventId, firmId, email, $"/api/v1/events/{eventId}/firms/{firmId}");
    }

    [Fact]
    public async Task GetFirm_WhenOwnUser_AnswersTheFullProfile()
    {
        var (_, firmId, email, url) = await FirmAsync();

        var body = await (await (await factory.SignedInAsync(email)).GetAsync(url, TestContext.Current.CancellationToken)).JsonAsync();

        Assert.Equal(firmId, body.GetProperty("id").GetGuid());
        Assert.Equal(10, body.GetProperty("taxNumber").GetString()!.Length);
        Assert.Equal("Pending", body.GetProperty("participation").GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetFirm_WhenAnotherSupplierOrVisitor_Answers403AndAnonymous401()
    {
        var (eventId, _, _, url) = await FirmAsync();
        var (_, otherEmail) = await factory.RegisterSupplierAsync(eventId);

        var other = await (await factory.SignedInAsync(otherEmail)).GetAsync(url, TestContext.Current.CancellationToken);
        var visitor = await (await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Visitor))).GetAsync(url, TestContext.Current.CancellationToken);
        var anonymous = await factory.Anonymous().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (other.StatusCode, visitor.StatusCode, anonymous.StatusCode));
    }

    [Fact]
    public async Task GetFirm_WhenPrime_SeesOnlyApprovedSuppliersAndNoTaxNumber()
    {
        var (eventId, firmId, _, url) = await FirmAsync();
        var prime = await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Prime));

        var whilePending = await prime.GetAsync(url, TestContext.Current.CancellationToken);
        await factory.ApproveAsync(eventId, firmId);
        var approved = await prime.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, whilePending.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var body = await approved.JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("taxNumber").ValueKind);
        Assert.Equal("Approved", body.GetProperty("participation").GetProperty("status").GetString());
    }

    [Fact]
    public async Task PutFirm_WhenOwnUser_UpdatesProfileAndQualifications()
    {
        var (_, _, email, url) = await FirmAsync();
        var client = await factory.SignedInAsync(email);

        var response = await client.PutAsJsonAsync(url, Update("Yeni Ad Döküm", new { ncageCode = "t7k2a", eydepAssessed = true, eydepLevel = 4 }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await (await client.GetAsync(url, TestContext.Current.CancellationToken)).JsonAsync();
        Assert.Equal("Yeni Ad Döküm", body.GetProperty("shortName").GetString());
        Assert.Equal("T7K2A", body.GetProperty("qualifications").GetProperty("ncageCode").GetString());
        Assert.Equal(4, body.GetProperty("qualifications").GetProperty("eydepLevel").GetInt32());
    }

    [Fact]
    public async Task PutFirm_WhenNcageMalformed_Answers400InEnglishAndChangesNothing()
    {
        var (_, _, email, url) = await FirmAsync();
        var client = await factory.SignedInAsync(email, "en-US");

        var response = await client.PutAsJsonAsync(url, Update("Değişmemeli", new { ncageCode = "AB12" }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("AB12 is not an NCAGE code: five letters or digits, such as T1234.", (await response.JsonAsync()).GetProperty("errors").GetProperty("qualifications.ncageCode")[0].GetString());
        Assert.Equal("Demir Döküm", (await (await client.GetAsync(url, TestContext.Current.CancellationToken)).JsonAsync()).GetProperty("shortName").GetString());
    }

    [Fact]
    public async Task PutFirm_WhenAnotherSupplierOrPrime_Answers403AndOrganizerMay()
    {
        var (eventId, firmId, _, url) = await FirmAsync();
        await factory.ApproveAsync(eventId, firmId);
        var (_, otherEmail) = await factory.RegisterSupplierAsync(eventId);

        var other = await (await factory.SignedInAsync(otherEmail)).PutAsJsonAsync(url, Update("Ele Geçirildi"), TestContext.Current.CancellationToken);
        var prime = await (await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Prime))).PutAsJsonAsync(url, Update("Ele Geçirildi"), TestContext.Current.CancellationToken);
        var organizer = await (await factory.SignedInAsync(PlatformFactory.OrganizerEmail)).PutAsJsonAsync(url, Update("Organizatör Düzeltti"), TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK), (other.StatusCode, prime.StatusCode, organizer.StatusCode));
    }

    [Fact]
    public async Task EditFirmPage_WhenAnotherFirmsUser_Answers403()
    {
        var (eventId, firmId, _, _) = await FirmAsync();
        var (_, otherEmail) = await factory.RegisterSupplierAsync(eventId);

        var response = await (await factory.SignedInAsync(otherEmail)).GetAsync($"/firms/{firmId}/edit", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
