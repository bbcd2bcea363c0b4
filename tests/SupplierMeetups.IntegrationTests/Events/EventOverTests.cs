using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Matchmaking;
using SupplierMeetups.IntegrationTests.Registration;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Matchmaking;
using SupplierMeetups.Web.Matchmaking.Needs;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Events;

/// <summary>
/// Once an event's last day has ended in its time zone it takes no registrations, booth or meeting requests, answers
/// or needs, on the pages and through the API alike, with one refusal ("Bu etkinlik sona erdi."), never a 500.
/// </summary>
public sealed class EventOverTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Over = "Bu etkinlik sona erdi.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RegisterFirmApi_WhenEventIsOver_RefusesAndSavesNothing()
    {
        var eventId = await RegistrationSeed.EventAsync(factory, over: true);

        var response = await factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{eventId}/firms",
            RegistrationScenario.FirmJson(RegistrationScenario.NewTaxNumber(), $"over-{Guid.NewGuid():N}@test.local"), Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(Over, await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(0, await ParticipationsAsync(eventId));
    }

    [Fact]
    public async Task RegisterFirmPage_WhenEventIsOver_SaysSoHidesTheFormAndRefusesAPost()
    {
        var eventId = await RegistrationSeed.EventAsync(factory, over: true);
        var open = await RegistrationSeed.EventAsync(factory);
        var client = factory.Anonymous();

        var page = await (await client.GetAsync($"/events/{eventId}/register-firm", Ct)).HtmlAsync();
        var posted = await client.PostFormWithTokenFromAsync($"/events/{open}/register-firm", $"/events/{eventId}/register-firm",
            RegistrationScenario.FirmForm(RegistrationScenario.NewTaxNumber(), $"over-{Guid.NewGuid():N}@test.local"));

        Assert.Equal(Over, page.QuerySelector("[data-testid=event-over]")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("form input[name='Input.TaxNumber']"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains(Over, await posted.Content.ReadAsStringAsync(Ct));
        Assert.Equal(0, await ParticipationsAsync(eventId));
    }

    [Fact]
    public async Task RegisterVisitor_WhenEventIsOver_IsRefusedOnTheApiAndThePage()
    {
        var eventId = await RegistrationSeed.EventAsync(factory, over: true);
        var open = await RegistrationSeed.EventAsync(factory);
        var client = factory.Anonymous();

        var api = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/visitors",
            new { fullName = "Ömer Işıklı", organization = "Konya OSB", email = $"v-{Guid.NewGuid():N}@test.local", acceptConsent = true }, Ct);
        var page = await (await client.GetAsync($"/events/{eventId}/visit", Ct)).HtmlAsync();
        var posted = await client.PostFormWithTokenFromAsync($"/events/{open}/visit", $"/events/{eventId}/visit", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Ömer Işıklı", ["Input.Organization"] = "Konya OSB", ["Input.Email"] = $"v-{Guid.NewGuid():N}@test.local", ["Input.AcceptConsent"] = "true",
        });

        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.Contains(Over, await api.Content.ReadAsStringAsync(Ct));
        Assert.Equal(Over, page.QuerySelector("[data-testid=event-over]")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("input[name='Input.Email']"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains(Over, await posted.Content.ReadAsStringAsync(Ct));
        Assert.Empty(await RegistrationSeed.VisitorsAsync(factory, eventId));
    }

    [Fact]
    public async Task MeetingRequestsAndAnswers_WhenEventIsOver_AreRefusedWith409()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);
        var supplier = await factory.SignedInAsync(w.Supplier.Email);
        var requests = $"/api/v1/events/{w.EventId}/meeting-requests";
        var pending = (await (await prime.PostAsJsonAsync(requests, new { firmId = w.Supplier.FirmId, priority = 2 }, Ct)).JsonAsync()).GetProperty("id").GetString();
        await EndAsync(w.EventId);

        var asked = await prime.PostAsJsonAsync(requests, new { firmId = w.OtherSupplier.FirmId, priority = 2 }, Ct);
        var accepted = await supplier.PostAsync($"{requests}/{pending}/accept", null, Ct);
        var declined = await supplier.PostAsJsonAsync($"{requests}/{pending}/decline", new { reason = "Geç kaldık" }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, asked.StatusCode);
        Assert.Equal(Over, (await asked.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, accepted.StatusCode);
        Assert.Equal(Over, (await accepted.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, declined.StatusCode);
        var stored = Assert.Single(await w.RequestsAsync(factory));
        Assert.Equal(RequestStatus.Pending, stored.Status);
    }

    [Fact]
    public async Task MeetingPages_WhenEventIsOver_SayItHideTheFormsAndRefuseAPost()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);
        var pending = (await (await prime.PostAsJsonAsync($"/api/v1/events/{w.EventId}/meeting-requests", new { firmId = w.Supplier.FirmId, priority = 2 }, Ct)).JsonAsync())
            .GetProperty("id").GetString()!;
        await EndAsync(w.EventId);
        var supplier = await factory.SignedInPagesAsync(w.Supplier.Email);
        var primePages = await factory.SignedInPagesAsync(w.Prime.Email);

        var list = await (await supplier.GetAsync($"/events/{w.EventId}/meetings", Ct)).HtmlAsync();
        var newRequest = await (await supplier.GetAsync($"/events/{w.EventId}/meetings/new?firmId={w.Prime.FirmId}", Ct)).HtmlAsync();
        var accept = await supplier.PostFormWithTokenFromAsync("/my/event", $"/events/{w.EventId}/meetings?handler=Accept", new Dictionary<string, string> { ["id"] = pending });
        var sent = await supplier.PostFormWithTokenFromAsync("/my/event", $"/events/{w.EventId}/meetings/new", new Dictionary<string, string>
        {
            ["Input.FirmId"] = w.OtherPrime.FirmId.ToString(), ["Input.Priority"] = "2",
        });
        var needs = await (await primePages.GetAsync($"/events/{w.EventId}/needs", Ct)).HtmlAsync();

        Assert.Equal(Over, list.QuerySelector("[data-testid=event-over]")!.TextContent.Trim());
        Assert.Null(list.QuerySelector("[data-testid=accept]"));
        Assert.Null(list.QuerySelector("[data-testid=primes]"));
        Assert.Equal(Over, newRequest.QuerySelector("[data-testid=event-over]")!.TextContent.Trim());
        Assert.Null(newRequest.QuerySelector("[data-testid=send-request]"));
        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
        Assert.Equal(Over, (await accept.HtmlAsync()).QuerySelector("[data-testid=message]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(Over, needs.QuerySelector("[data-testid=event-over]")!.TextContent.Trim());
        Assert.Null(needs.QuerySelector("[data-testid=need-form]"));
        Assert.All(await w.RequestsAsync(factory), r => Assert.Equal(RequestStatus.Pending, r.Status));
        Assert.Single(await w.RequestsAsync(factory));
    }

    [Fact]
    public async Task NeedsApi_WhenEventIsOver_RefusesPublishingChangingAndWithdrawing()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);
        var needs = $"/api/v1/events/{w.EventId}/needs";
        var needId = (await (await prime.PostAsJsonAsync(needs, new { titleTr = "Kart dizgi", capabilities = new[] { "electronics" } }, Ct)).JsonAsync()).GetProperty("id").GetString();
        await EndAsync(w.EventId);

        var added = await prime.PostAsJsonAsync(needs, new { titleTr = "Döküm", capabilities = new[] { "casting" } }, Ct);
        var changed = await prime.PutAsJsonAsync($"{needs}/{needId}", new { titleTr = "Kart dizgi 2", capabilities = new[] { "electronics" } }, Ct);
        var withdrawn = await prime.DeleteAsync($"{needs}/{needId}", Ct);

        Assert.Equal(HttpStatusCode.Conflict, added.StatusCode);
        Assert.Equal(Over, (await added.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, withdrawn.StatusCode);
        var stored = await factory.WithDbAsync(db => db.Set<PrimeNeed>().AsNoTracking().Where(n => n.EventId == w.EventId).ToListAsync(Ct));
        Assert.Equal("Kart dizgi", Assert.Single(stored).TitleTr);
    }

    [Fact]
    public async Task BoothRequestPage_WhenEventIsOver_SaysSoAndSavesNoRequest()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await EndAsync(w.EventId);
        var exhibitor = await factory.SignedInPagesAsync(w.OtherSupplier.Email);

        var page = await (await exhibitor.GetAsync($"/events/{w.EventId}/booth-request", Ct)).HtmlAsync();
        var posted = await exhibitor.PostFormWithTokenFromAsync("/my/event", $"/events/{w.EventId}/booth-request", new Dictionary<string, string> { ["Area"] = "9" });

        Assert.Equal(Over, page.QuerySelector("[data-testid=event-over]")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("input[name=Area]"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains(Over, await posted.Content.ReadAsStringAsync(Ct));
        Assert.False(await factory.WithDbAsync(db => db.Set<BoothRequest>().AnyAsync(r => r.EventId == w.EventId, Ct)));
    }

    [Fact]
    public async Task EventPage_WhenEventIsOver_SaysSoAndOffersNoRegistration()
    {
        var eventId = await RegistrationSeed.EventAsync(factory, over: true);
        var open = await RegistrationSeed.EventAsync(factory);

        var over = await (await factory.Anonymous().GetAsync($"/events/{eventId}", Ct)).HtmlAsync();
        var running = await (await factory.Anonymous().GetAsync($"/events/{open}", Ct)).HtmlAsync();

        Assert.Equal(Over, over.QuerySelector("[data-testid=event-over]")!.TextContent.Trim());
        Assert.Null(over.QuerySelector($"a[href='/events/{eventId}/register-firm']"));
        Assert.Null(over.QuerySelector($"a[href='/events/{eventId}/visit']"));
        Assert.Null(running.QuerySelector("[data-testid=event-over]"));
        Assert.NotNull(running.QuerySelector($"a[href='/events/{open}/register-firm']"));
    }

    [Fact]
    public async Task MatchmakingRules_WhenTheDeadlineIsAfterTheEventEnds_ShowTheFieldErrorAndKeepTheOldDeadline()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var url = $"/organizer/events/{w.EventId}/matchmaking";

        // The event's last day is 6 May 2030 in Istanbul: it ends at midnight there (2030-05-06T21:00Z). The deadline is
        // entered as the venue's clock reads it.
        var late = await organizer.PostFormAsync(url, new Dictionary<string, string> { ["Deadline"] = "2030-05-07T00:30", ["ExpiryHours"] = "72", ["Quota"] = "30" });
        var inTime = await organizer.PostFormAsync(url, new Dictionary<string, string> { ["Deadline"] = "2030-05-06T23:30", ["ExpiryHours"] = "72", ["Quota"] = "30" });

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var field = (await late.HtmlAsync()).QuerySelector("[data-valmsg-for=Deadline]")!.TextContent;
        Assert.Contains("Son tarih etkinliğin bitişinden", field);
        Assert.Equal(HttpStatusCode.Redirect, inTime.StatusCode);
        var settings = await factory.WithDbAsync(db => db.Set<MatchmakingSettings>().AsNoTracking().SingleAsync(s => s.EventId == w.EventId, Ct));
        Assert.Equal(new DateTimeOffset(2030, 5, 6, 20, 30, 0, TimeSpan.Zero), settings.RequestDeadline);
    }

    [Fact]
    public async Task MeetingRequest_WhenTheEventEndsBeforeTheExpiry_ExpiresWhenTheEventEnds()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var istanbul = TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, istanbul).DateTime);
        await MatchmakingWorld.ChangeAsync(factory, async db =>
        {
            var e = await db.Set<Event>().SingleAsync(x => x.Id == w.EventId, Ct);
            (e.StartDate, e.EndDate) = (today, today);
        });
        var prime = await factory.SignedInAsync(w.Prime.Email);

        var created = await prime.PostAsJsonAsync($"/api/v1/events/{w.EventId}/meeting-requests", new { firmId = w.Supplier.FirmId, priority = 2 }, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var endsAt = new DateTimeOffset(today.AddDays(1).ToDateTime(TimeOnly.MinValue), istanbul.GetUtcOffset(today.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        Assert.Equal(endsAt, Assert.Single(await w.RequestsAsync(factory)).ExpiresAt);
    }

    private Task<int> ParticipationsAsync(Guid eventId) =>
        factory.WithDbAsync(db => db.Set<Participation>().CountAsync(p => p.EventId == eventId, Ct));

    /// <summary>Moves the event into the past: its last day was yesterday in Istanbul.</summary>
    private Task EndAsync(Guid eventId) => MatchmakingWorld.ChangeAsync(factory, async db =>
    {
        var e = await db.Set<Event>().SingleAsync(x => x.Id == eventId, Ct);
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2);
        (e.StartDate, e.EndDate) = (yesterday.AddDays(-1), yesterday);
    });
}
