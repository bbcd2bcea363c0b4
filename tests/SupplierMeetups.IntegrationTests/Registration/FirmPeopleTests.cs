using System.Net;
using System.Net.Http.Json;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Registration;

public sealed class FirmPeopleTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static object Person(int n) => new { fullName = $"Temsilci {n} Öztürk", title = "Satış Müdürü", email = $"temsilci{n}@test.local", phone = "+90 332 555 00 0" + n };

    [Fact]
    public async Task AddPersonApi_WhenSupplierNamesAThird_RefusesWith409InTurkishAndKeepsTwo()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        var client = await factory.SignedInAsync(email);
        var url = $"/api/v1/events/{eventId}/firms/{firmId}/people";

        var first = await client.PostAsJsonAsync(url, Person(1), TestContext.Current.CancellationToken);
        var second = await client.PostAsJsonAsync(url, Person(2), TestContext.Current.CancellationToken);
        var third = await client.PostAsJsonAsync(url, Person(3), TestContext.Current.CancellationToken);
        var list = await (await client.GetAsync(url, TestContext.Current.CancellationToken)).JsonAsync();

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Conflict), (first.StatusCode, second.StatusCode, third.StatusCode));
        Assert.Equal("Firmanız bu etkinlikte tedarikçi olarak en fazla 2 temsilci bildirebilir; yenisini eklemek için birini kaldırın.", (await third.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(2, list.GetArrayLength());
        Assert.Equal("Temsilci 1 Öztürk", list[0].GetProperty("fullName").GetString());
    }

    [Fact]
    public async Task AddPersonPage_WhenExhibitorReachesTheOrganizersLimit_ShowsTheRefusalInEnglish()
    {
        var eventId = await factory.SeedEventAsync();
        await factory.WithDbAsync(async db =>
        {
            db.Add(new PeopleLimits { EventId = eventId, Exhibitor = 1 });
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId, type: "Exhibitor");
        var client = await factory.SignedInPagesAsync(email, "en-US");
        var page = $"/events/{eventId}/firms/{firmId}/people";
        var fields = new Dictionary<string, string> { ["Input.FullName"] = "Ali Kılıç", ["Input.Email"] = "ali@test.local" };

        var first = await client.PostFormAsync(page, fields);
        var second = await client.PostFormAsync(page, fields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var html = await second.HtmlAsync();
        Assert.Contains("Your firm may name at most 1 representatives for this event as an exhibitor", html.Body!.TextContent);
        Assert.Single(html.QuerySelectorAll("[data-testid=person]"));
    }

    [Fact]
    public async Task AddPersonApi_WhenEmailMalformed_Answers400()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);

        var response = await (await factory.SignedInAsync(email, "en-US")).PostAsJsonAsync($"/api/v1/events/{eventId}/firms/{firmId}/people", new { fullName = "X", email = "not-an-address" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("E-mail is not a valid e-mail address.", (await response.JsonAsync()).GetProperty("errors").GetProperty("email")[0].GetString());
    }

    [Fact]
    public async Task PeopleApi_WhenAnotherFirmsUserOrPrime_Answers403()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId);
        var (_, otherEmail) = await factory.RegisterSupplierAsync(eventId);
        var url = $"/api/v1/events/{eventId}/firms/{firmId}/people";

        var other = await (await factory.SignedInAsync(otherEmail)).PostAsJsonAsync(url, Person(1), TestContext.Current.CancellationToken);
        var prime = await (await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Prime))).GetAsync(url, TestContext.Current.CancellationToken);
        var anonymous = await factory.Anonymous().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (other.StatusCode, prime.StatusCode, anonymous.StatusCode));
    }

    [Fact]
    public async Task PeopleApi_WhenOrganizer_MayNameRepresentatives()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId);

        var response = await (await factory.SignedInAsync(PlatformFactory.OrganizerEmail)).PostAsJsonAsync($"/api/v1/events/{eventId}/firms/{firmId}/people", Person(1), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
