using System.Net;
using System.Net.Http.Json;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.Registration;

public sealed class SubmissionTokenTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(Guid EventId, Dictionary<string, object?> Body)> RegisteredAsync()
    {
        var eventId = await factory.SeedEventAsync();
        var body = RegistrationScenario.FirmJson(RegistrationScenario.NewTaxNumber(), $"token-{Guid.NewGuid():N}@test.local");
        body["submissionToken"] = Guid.NewGuid();
        var first = await factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{eventId}/firms", body, Ct);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        return (eventId, body);
    }

    [Fact]
    public async Task RegisterFirm_WhenTokenReplayedAnonymously_AnswersWithoutTheRegistration()
    {
        var (eventId, body) = await RegisteredAsync();

        var replay = await factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{eventId}/firms", body, Ct);

        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        var text = await replay.Content.ReadAsStringAsync(Ct);
        Assert.Equal("{\"repeated\":true}", text);
    }

    [Fact]
    public async Task RegisterFirm_WhenTokenReplayedByAnOrganizer_AnswersTheRegistration()
    {
        var (eventId, body) = await RegisteredAsync();
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var replay = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/firms", body, Ct);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("Demir Döküm", (await replay.JsonAsync()).GetProperty("shortName").GetString());
    }

    [Fact]
    public async Task RegisterFirm_WhenTokenReplayedForAnUnknownEvent_AnswersProblem404()
    {
        var (_, body) = await RegisteredAsync();

        var replay = await factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{Guid.NewGuid()}/firms", body, Ct);

        Assert.Equal(HttpStatusCode.NotFound, replay.StatusCode);
        Assert.Equal("application/problem+json", replay.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RegisterFirm_WhenTokenReplayedForAnotherEvent_RefusesTheToken()
    {
        var (_, body) = await RegisteredAsync();
        var otherEvent = await factory.SeedEventAsync();

        var replay = await factory.Anonymous("en-US").PostAsJsonAsync($"/api/v1/events/{otherEvent}/firms", body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal("This form was already sent for another event.", (await replay.JsonAsync()).GetProperty("errors").GetProperty("submissionToken")[0].GetString());
    }
}
