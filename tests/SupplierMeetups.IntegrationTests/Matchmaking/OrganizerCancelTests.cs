using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Matchmaking;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Matchmaking;

public sealed class OrganizerCancelTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cancel_WhenOrganizerCancelsAPublishedMeeting_TheWaitingRequestGetsTheSlot_AndOnlyTheTwoFirmsAreToldOnce()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await MatchmakingWorld.ChangeAsync(factory, db =>
        {
            // The prime can meet in one slot only, so the waiting request can get in only when the published meeting leaves.
            db.Add(new Web.Matchmaking.Availability.FirmAvailability { EventId = w.EventId, ParticipationId = w.Prime.ParticipationId, UnavailableSlots = ["D1-02", "D1-03", "D1-04"] });
            return Task.CompletedTask;
        });
        var published = await AcceptedAsync(w, w.Prime, w.Supplier);
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        await PublishAsync(organizer, w, await DraftAsync(organizer, w));
        var waiting = await AcceptedAsync(w, w.Prime, w.OtherSupplier);
        Assert.Equal(1, (await DraftAsync(organizer, w)).GetProperty("scheduled").GetInt32());
        var before = (await OutboxRowsAsync(w)).Select(r => r.Id).ToHashSet();

        var cancelled = await organizer.PostAsync($"/api/v1/events/{w.EventId}/meeting-requests/{published}/cancel", null, Ct);
        var refilled = await DraftAsync(organizer, w);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("cancelled", (await cancelled.JsonAsync()).GetProperty("status").GetString());
        var meeting = Assert.Single(refilled.GetProperty("meetings").EnumerateArray());
        Assert.Equal(waiting, meeting.GetProperty("id").GetGuid());
        Assert.Equal("D1-01", meeting.GetProperty("slot").GetString());
        var told = (await OutboxRowsAsync(w)).Where(r => !before.Contains(r.Id)).Select(r => $"{r.To} {r.Kind}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { $"{w.Prime.Email} meeting-cancelled", $"{w.Supplier.Email} meeting-cancelled" }.Order(StringComparer.Ordinal), told);
        await Eventually.TrueAsync(() => CancelledMailsTo(w.Prime.Email) == 1 && CancelledMailsTo(w.Supplier.Email) == 1, TimeSpan.FromSeconds(20), "the cancellation e-mails");
        Assert.Equal(0, CancelledMailsTo(w.OtherSupplier.Email));
        Assert.Equal(0, CancelledMailsTo(w.OtherPrime.Email));
    }

    [Fact]
    public async Task GridPage_WhenOrganizerOpensAPublishedMeetingAndCancels_AsksFirstThenCancelsAndSaysBothFirmsAreTold()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var id = await AcceptedAsync(w, w.Prime, w.Supplier);
        var organizerApi = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        await PublishAsync(organizerApi, w, await DraftAsync(organizerApi, w));
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var grid = $"/organizer/events/{w.EventId}/schedule/grid";

        var gridPage = await (await organizer.GetAsync(grid, Ct)).HtmlAsync();
        var meeting = gridPage.QuerySelector($"td[data-meeting='{id}'] a[data-testid=open-meeting]")!.GetAttribute("href")!;
        var page = await (await organizer.GetAsync(meeting, Ct)).HtmlAsync();
        var ask = page.QuerySelector("[data-testid=cancel-meeting]")!.GetAttribute("href")!;
        var confirm = await (await organizer.GetAsync(ask, Ct)).HtmlAsync();
        var statusWhileAsking = (await w.RequestsAsync(factory)).Single(r => r.Id == id).Status;
        var pressed = await organizer.PostFormAsync(ask, [], handler: "Cancel");
        var told = await (await organizer.GetAsync(pressed.RedirectPath(), Ct)).HtmlAsync();
        // A second organizer on a page loaded before the first pressed the button.
        var again = await organizer.PostFormWithTokenFromAsync($"/organizer/events/{w.EventId}/schedule", $"{meeting}?handler=Cancel", []);

        Assert.NotNull(gridPage.QuerySelector($"td.published[data-meeting='{id}']"));
        Assert.Null(page.QuerySelector("[data-testid=cancel-confirm]"));
        Assert.EndsWith("İki firmaya da e-postayla bildirilir.", confirm.QuerySelector("[data-testid=cancel-confirm] p")!.TextContent);
        Assert.Equal(RequestStatus.Accepted, statusWhileAsking);
        Assert.Equal(HttpStatusCode.Redirect, pressed.StatusCode);
        Assert.Equal("Görüşme iptal edildi; iki firmaya da e-postayla bildirildi.", told.QuerySelector("[data-testid=status-message]")!.TextContent);
        Assert.Equal(RequestStatus.Cancelled, (await w.RequestsAsync(factory)).Single(r => r.Id == id).Status);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Bu talep artık açık değil.", (await again.HtmlAsync()).QuerySelector("[data-testid=meeting-message]")?.TextContent.Trim());
    }

    [Theory]
    [InlineData(Roles.Visitor)]
    [InlineData(Roles.Staff)]
    public async Task Cancel_WhenNeitherAFirmNorAnOrganizer_Answers403AndChangesNothing(string role)
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var id = await AcceptedAsync(w, w.Prime, w.Supplier);
        var client = await factory.SignedInAsync(await factory.CreateUserAsync(role));

        var response = await client.PostAsync($"/api/v1/events/{w.EventId}/meeting-requests/{id}/cancel", null, Ct);
        var anonymous = await factory.Anonymous().PostAsync($"/api/v1/events/{w.EventId}/meeting-requests/{id}/cancel", null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(RequestStatus.Accepted, (await w.RequestsAsync(factory)).Single(r => r.Id == id).Status);
    }

    [Fact]
    public async Task Cancel_WhenAnotherFirmTries_IsNotFound()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var id = await AcceptedAsync(w, w.Prime, w.Supplier);

        var response = await (await factory.SignedInAsync(w.OtherSupplier.Email)).PostAsync($"/api/v1/events/{w.EventId}/meeting-requests/{id}/cancel", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(RequestStatus.Accepted, (await w.RequestsAsync(factory)).Single(r => r.Id == id).Status);
    }

    [Fact]
    public async Task GridPage_WhenSupplier_IsForbidden()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var supplier = await factory.SignedInPagesAsync(w.Supplier.Email);

        var grid = await supplier.GetAsync($"/organizer/events/{w.EventId}/schedule/grid", Ct);

        Assert.Equal(HttpStatusCode.Redirect, grid.StatusCode);
        Assert.StartsWith("/account/access-denied", grid.RedirectPath());
    }

    private async Task<Guid> AcceptedAsync(MatchmakingWorld w, WorldFirm prime, WorldFirm supplier)
    {
        var created = await (await factory.SignedInAsync(prime.Email)).PostAsJsonAsync($"/api/v1/events/{w.EventId}/meeting-requests", new { firmId = supplier.FirmId, priority = 3 }, Ct);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        (await (await factory.SignedInAsync(supplier.Email)).PostAsync($"/api/v1/events/{w.EventId}/meeting-requests/{id}/accept", null, Ct)).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<JsonElement> DraftAsync(HttpClient organizer, MatchmakingWorld w)
    {
        var response = await organizer.PostAsync($"/api/v1/events/{w.EventId}/schedule/draft", null, Ct);
        response.EnsureSuccessStatusCode();
        return await response.JsonAsync();
    }

    private static async Task PublishAsync(HttpClient organizer, MatchmakingWorld w, JsonElement draft) =>
        (await organizer.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/publish", new { version = draft.GetProperty("version").GetGuid() }, Ct)).EnsureSuccessStatusCode();

    /// <summary>Every e-mail owed to the world's firms, read from the outbox rows: exact, whatever is still on its way.</summary>
    private async Task<List<(Guid Id, string To, string Kind)>> OutboxRowsAsync(MatchmakingWorld w)
    {
        var addresses = new[] { w.Prime.Email, w.OtherPrime.Email, w.Supplier.Email, w.OtherSupplier.Email, w.Pending.Email };
        await using var scope = factory.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutgoingEmail>().AsNoTracking()
            .Where(e => addresses.Contains(e.ToAddress)).Select(e => new { e.Id, e.ToAddress, e.Kind }).ToListAsync(Ct);
        return rows.Select(r => (r.Id, r.ToAddress, r.Kind)).ToList();
    }

    private int CancelledMailsTo(string email) =>
        factory.MailFiles().Select(Eml.Read).Count(m => m.To.Contains(email, StringComparison.OrdinalIgnoreCase) && m.Subject == "Bir görüşme iptal edildi");
}
