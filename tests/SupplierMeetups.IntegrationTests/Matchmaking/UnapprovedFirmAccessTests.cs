using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Matchmaking;

/// <summary>Needs and the supplier catalog are for the event's organizers and approved firms, not for whoever registered.</summary>
public sealed class UnapprovedFirmAccessTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NeedsApi_WhenFirmIsPending_AnswersNotFoundWithoutNeeds()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await PublishAsync(w);
        var pending = await factory.SignedInAsync(w.Pending.Email);

        var list = await pending.GetAsync($"/api/v1/events/{w.EventId}/needs", Ct);
        var matching = await pending.GetAsync($"/api/v1/events/{w.EventId}/needs/matching", Ct);

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, matching.StatusCode);
        Assert.DoesNotContain("Döküm", await list.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task NeedsApi_WhenFirmTakesPartInAnotherEventOnly_AnswersNotFound()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var elsewhere = await MatchmakingWorld.CreateAsync(factory);
        await PublishAsync(w);
        var stranger = await factory.SignedInAsync(elsewhere.Supplier.Email);

        var list = await stranger.GetAsync($"/api/v1/events/{w.EventId}/needs", Ct);

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
    }

    [Fact]
    public async Task NeedsApi_WhenApprovedSupplierOrOrganizer_ListsTheNeeds()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await PublishAsync(w);

        var supplier = await (await factory.SignedInAsync(w.Supplier.Email)).GetAsync($"/api/v1/events/{w.EventId}/needs", Ct);
        var organizer = await (await factory.SignedInAsync(PlatformFactory.OrganizerEmail)).GetAsync($"/api/v1/events/{w.EventId}/needs", Ct);

        Assert.Equal(1, (await supplier.JsonAsync()).GetArrayLength());
        Assert.Equal(1, (await organizer.JsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task MatchingPage_WhenSupplierIsPending_IsNotFound()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await PublishAsync(w);
        var pending = await factory.SignedInPagesAsync(w.Pending.Email);

        var response = await pending.GetAsync($"/events/{w.EventId}/needs/matching", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CatalogAndProfile_WhenPrimeIsPendingOrOfAnotherEvent_AreNotFound()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var elsewhere = await MatchmakingWorld.CreateAsync(factory);
        await MatchmakingWorld.ChangeAsync(factory, async db =>
            (await db.Set<Participation>().SingleAsync(p => p.Id == w.OtherPrime.ParticipationId, Ct)).Status = ParticipationStatus.Pending);
        var pending = await factory.SignedInPagesAsync(w.OtherPrime.Email);
        var stranger = await factory.SignedInPagesAsync(elsewhere.Prime.Email);
        var approved = await factory.SignedInPagesAsync(w.Prime.Email);

        foreach (var path in new[] { $"/events/{w.EventId}/catalog", $"/events/{w.EventId}/catalog/{w.Supplier.FirmId}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await pending.GetAsync(path, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await approved.GetAsync(path, Ct)).StatusCode);
        }
    }

    [Fact]
    public async Task Recommendations_WhenOwningPrimeIsNoLongerApproved_AreNotFound()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var needId = await PublishAsync(w);
        await MatchmakingWorld.ChangeAsync(factory, async db =>
            (await db.Set<Participation>().SingleAsync(p => p.Id == w.Prime.ParticipationId, Ct)).Status = ParticipationStatus.Rejected);

        var api = await (await factory.SignedInAsync(w.Prime.Email)).GetAsync($"/api/v1/events/{w.EventId}/needs/{needId}/recommendations", Ct);
        var page = await (await factory.SignedInPagesAsync(w.Prime.Email)).GetAsync($"/events/{w.EventId}/needs/{needId}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    private async Task<Guid> PublishAsync(MatchmakingWorld w)
    {
        var response = await (await factory.SignedInAsync(w.Prime.Email)).PostAsJsonAsync($"/api/v1/events/{w.EventId}/needs", new { titleTr = "Döküm" }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }
}
