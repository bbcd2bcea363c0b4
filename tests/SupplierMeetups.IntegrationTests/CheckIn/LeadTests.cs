using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Matchmaking;
using SupplierMeetups.IntegrationTests.Registration;
using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.CheckIn.Leads;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.IntegrationTests.CheckIn;

public sealed class LeadTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    /// <summary>A visitor registered online and confirmed by the e-mail's link: their badge's token and the link (for erasure).</summary>
    private async Task<(string Token, string Link, string Email)> VisitorAsync(Guid eventId, bool shareContact, string fullName = "Gülşen Öztürk")
    {
        var email = $"lead-{Guid.NewGuid():N}@test.local";
        var registered = await factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{eventId}/visitors",
            new { fullName, organization = "Akşehir Kalıp", email, phone = "0332 555 44 33", acceptConsent = true, shareContact }, TestContext.Current.CancellationToken);
        registered.EnsureSuccessStatusCode();
        var link = await new VisitorRegistrationTests(factory).LinkForAsync(email);
        await factory.Anonymous().PostFormAsync(link, [], handler: "confirm");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var normalized = Visitor.Normalize(email);
        var visitorId = await db.Set<Visitor>().Where(v => v.NormalizedEmail == normalized).Select(v => v.Id).SingleAsync(TestContext.Current.CancellationToken);
        var badgeId = await db.Set<Badge>().Where(b => b.HolderId == visitorId).Select(b => b.Id).SingleAsync(TestContext.Current.CancellationToken);
        return (scope.ServiceProvider.GetRequiredService<BadgeTokens>().Issue(badgeId), link, email);
    }

    private Task<HttpResponseMessage> ScanAsync(HttpClient client, Guid eventId, string? token, string? note = null) =>
        client.PostAsJsonAsync($"/api/v1/events/{eventId}/leads", new { token, note }, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Scan_WhenTheVisitorAgreedToShare_KeepsOneLeadWithContactAndNote_AndExportsCsv()
    {
        var world = await MatchmakingWorld.CreateAsync(factory);
        var (token, _, email) = await VisitorAsync(world.EventId, shareContact: true);
        var exhibitor = await factory.SignedInAsync(world.OtherSupplier.Email);

        var first = await ScanAsync(exhibitor, world.EventId, token, "Kalıp işi için arayacak");
        var again = await ScanAsync(exhibitor, world.EventId, token);
        var list = await exhibitor.GetAsync($"/api/v1/events/{world.EventId}/leads", TestContext.Current.CancellationToken);
        var csv = await exhibitor.GetAsync($"/api/v1/events/{world.EventId}/leads.csv", TestContext.Current.CancellationToken);
        var primeList = await (await factory.SignedInAsync(world.Prime.Email)).GetAsync($"/api/v1/events/{world.EventId}/leads", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetGuid(), (await again.JsonAsync()).GetProperty("id").GetGuid());
        var lead = Assert.Single((await list.JsonAsync()).EnumerateArray());
        Assert.Equal(("Gülşen Öztürk", "Akşehir Kalıp", email, "0332 555 44 33", "Kalıp işi için arayacak"),
            (lead.GetProperty("fullName").GetString(), lead.GetProperty("organization").GetString(), lead.GetProperty("email").GetString(),
             lead.GetProperty("phone").GetString(), lead.GetProperty("note").GetString()));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Contains($"\"Gülşen Öztürk\";\"Akşehir Kalıp\";\"{email}\"", text, StringComparison.Ordinal);
        Assert.Empty((await primeList.JsonAsync()).EnumerateArray()); // each firm sees its own leads only
    }

    [Fact]
    public async Task Scan_WhenTheVisitorDidNotAgree_Answers422AndKeepsNothing()
    {
        var world = await MatchmakingWorld.CreateAsync(factory);
        var (token, _, _) = await VisitorAsync(world.EventId, shareContact: false);
        var exhibitor = await factory.SignedInAsync(world.OtherSupplier.Email, "en-US");

        var response = await ScanAsync(exhibitor, world.EventId, token);
        var notABadge = await ScanAsync(exhibitor, world.EventId, "not-a-badge");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("This visitor did not agree to share their contact details with exhibitors.", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, notABadge.StatusCode);
        Assert.Equal(0, await LeadCountAsync(world.EventId));
    }

    [Fact]
    public async Task Erasure_OfTheVisitor_RemovesTheirLeads()
    {
        var world = await MatchmakingWorld.CreateAsync(factory);
        var (token, link, _) = await VisitorAsync(world.EventId, shareContact: true);
        var exhibitor = await factory.SignedInAsync(world.OtherSupplier.Email);
        Assert.Equal(HttpStatusCode.Created, (await ScanAsync(exhibitor, world.EventId, token)).StatusCode);

        await factory.Anonymous().PostFormAsync(link + "&erase=ask", [], handler: "erase");

        Assert.Equal(0, await LeadCountAsync(world.EventId));
        Assert.Empty((await (await exhibitor.GetAsync($"/api/v1/events/{world.EventId}/leads", TestContext.Current.CancellationToken)).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task LeadsPage_IsReachedFromMyEvent_ScansAndSavesANote()
    {
        var world = await MatchmakingWorld.CreateAsync(factory);
        var (token, _, _) = await VisitorAsync(world.EventId, shareContact: true, "Şükrü Iğdırlı");
        var pages = await factory.SignedInPagesAsync(world.OtherSupplier.Email);

        var myEvent = await (await pages.GetAsync($"/my/event?eventId={world.EventId}", TestContext.Current.CancellationToken)).HtmlAsync();
        var leadsPath = myEvent.QuerySelector("[data-testid=leads-link]")!.GetAttribute("href")!;
        var scanned = await pages.PostFormAsync(leadsPath, new() { ["Code"] = token });
        var page = await (await pages.GetAsync(leadsPath, TestContext.Current.CancellationToken)).HtmlAsync();
        var leadId = page.QuerySelector("[data-testid=leads] input[name=leadId]")!.GetAttribute("value")!;
        var noteFormToken = page.QuerySelector("[data-testid=leads] form input[name=__RequestVerificationToken]");
        var noted = await pages.PostFormAsync(leadsPath, new() { ["leadId"] = leadId, ["Note"] = "Döküm teklifi" }, handler: "note");
        var after = await (await pages.GetAsync(leadsPath, TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Equal($"/my/events/{world.EventId}/leads", leadsPath);
        Assert.Equal(HttpStatusCode.Redirect, scanned.StatusCode);
        Assert.Contains("Şükrü Iğdırlı", page.QuerySelector("[data-testid=leads]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(noteFormToken);
        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);
        Assert.Equal("Döküm teklifi", after.QuerySelector("[data-testid=leads] textarea")!.TextContent);
    }

    public static TheoryData<string> NotFirms() => new() { Roles.Visitor, Roles.Staff, Roles.Organizer, Roles.Kiosk };

    [Theory]
    [MemberData(nameof(NotFirms))]
    public async Task Leads_WhenNotAFirmAccount_Answer403(string role)
    {
        var world = await MatchmakingWorld.CreateAsync(factory);
        var email = role == Roles.Organizer ? PlatformFactory.OrganizerEmail : await factory.CreateUserAsync(role, enrolTwoFactor: role != Roles.Kiosk);
        var client = await factory.SignedInAsync(email);
        var pages = await factory.SignedInPagesAsync(email);

        var answers = await CallAllAsync(client, pages, world.EventId);

        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.Forbidden, $"{a.Name}: {a.Status}"));
    }

    [Fact]
    public async Task Leads_WhenTheFirmIsNotApproved_Answer403()
    {
        var world = await MatchmakingWorld.CreateAsync(factory);
        var (token, _, _) = await VisitorAsync(world.EventId, shareContact: true);
        var pending = await factory.SignedInAsync(world.Pending.Email);

        var scan = await ScanAsync(pending, world.EventId, token);

        Assert.Equal(HttpStatusCode.Forbidden, scan.StatusCode);
        Assert.Equal(0, await LeadCountAsync(world.EventId));
    }

    [Fact]
    public async Task Leads_WhenAnonymous_Answer401()
    {
        var world = await MatchmakingWorld.CreateAsync(factory);

        var answers = await CallAllAsync(factory.Anonymous(), factory.Anonymous(), world.EventId);

        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.Unauthorized, $"{a.Name}: {a.Status}"));
    }

    private static async Task<List<(string Name, HttpStatusCode Status)>> CallAllAsync(HttpClient client, HttpClient pages, Guid eventId)
    {
        var ct = TestContext.Current.CancellationToken;
        var calls = new List<(string, Func<Task<HttpResponseMessage>>)>
        {
            ("scan", () => client.PostAsJsonAsync($"/api/v1/events/{eventId}/leads", new { token = "x" }, ct)),
            ("list", () => client.GetAsync($"/api/v1/events/{eventId}/leads", ct)),
            ("csv", () => client.GetAsync($"/api/v1/events/{eventId}/leads.csv", ct)),
            ("note", () => client.PutAsJsonAsync($"/api/v1/events/{eventId}/leads/{Guid.NewGuid()}", new { note = "x" }, ct)),
            ("page", () => pages.GetAsync($"/my/events/{eventId}/leads", ct)),
        };
        var answers = new List<(string, HttpStatusCode)>();
        foreach (var (name, call) in calls)
        {
            var response = await call();
            var status = response.StatusCode == HttpStatusCode.Redirect
                ? response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal) ? HttpStatusCode.Unauthorized
                : response.Headers.Location!.OriginalString.Contains("denied", StringComparison.OrdinalIgnoreCase) ? HttpStatusCode.Forbidden
                : HttpStatusCode.Redirect
                : response.StatusCode;
            answers.Add((name, status));
        }
        return answers;
    }

    private async Task<int> LeadCountAsync(Guid eventId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Lead>().CountAsync(l => l.EventId == eventId, TestContext.Current.CancellationToken);
    }
}
