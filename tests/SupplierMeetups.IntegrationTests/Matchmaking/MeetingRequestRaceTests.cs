using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Matchmaking;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.IntegrationTests.Matchmaking;

/// <summary>The same request or answer sent many times at once: one wins, the others hear 409, nobody is e-mailed twice.</summary>
public sealed class MeetingRequestRaceTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Requests(MatchmakingWorld w) => $"/api/v1/events/{w.EventId}/meeting-requests";

    [Fact]
    public async Task Request_WhenTwentyIdenticalArriveAtOnce_CreatesOneRequestAndOneEmail()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var primes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => factory.SignedInAsync(w.Prime.Email)));

        var answers = await Task.WhenAll(primes.Select(p => p.PostAsJsonAsync(Requests(w), new { firmId = w.Supplier.FirmId, priority = 3 }, Ct)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Single(await w.RequestsAsync(factory));
        Assert.Equal(1, await EmailsToAsync(w.Supplier.Email));
    }

    [Fact]
    public async Task Request_WhenBothSidesAskEachOtherAtOnce_CreatesOneRequest()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);
        var supplier = await factory.SignedInAsync(w.Supplier.Email);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => i % 2 == 0
            ? prime.PostAsJsonAsync(Requests(w), new { firmId = w.Supplier.FirmId, priority = 3 }, Ct)
            : supplier.PostAsJsonAsync(Requests(w), new { firmId = w.Prime.FirmId, priority = 3 }, Ct)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Single(await w.RequestsAsync(factory));
    }

    [Fact]
    public async Task Request_WhenManyDifferentArriveAtOnce_KeepsTheQuota()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await MatchmakingWorld.ChangeAsync(factory, db => { db.Add(new MatchmakingSettings { EventId = w.EventId, QuotaPerParticipant = 1 }); return Task.CompletedTask; });
        var prime = await factory.SignedInAsync(w.Prime.Email);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            prime.PostAsJsonAsync(Requests(w), new { firmId = (i % 2 == 0 ? w.Supplier : w.OtherSupplier).FirmId, priority = 3 }, Ct)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.DoesNotContain(answers, a => (int)a.StatusCode >= 500);
        Assert.Single(await w.RequestsAsync(factory));
    }

    [Fact]
    public async Task Accept_WhenTenArriveAtOnce_OneWinsAndTheAskingFirmGetsOneEmail()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var id = await RequestAsync(w);
        var suppliers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => factory.SignedInAsync(w.Supplier.Email)));

        var answers = await Task.WhenAll(suppliers.Select(s => s.PostAsync($"{Requests(w)}/{id}/accept", null, Ct)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Equal(RequestStatus.Accepted, Assert.Single(await w.RequestsAsync(factory)).Status);
        Assert.Equal(1, await EmailsToAsync(w.Prime.Email));
    }

    [Fact]
    public async Task AcceptAndDecline_WhenSentAtOnce_ExactlyOneSucceedsAndOneEmailIsOwed()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var id = await RequestAsync(w);
        var suppliers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => factory.SignedInAsync(w.Supplier.Email)));

        var answers = await Task.WhenAll(suppliers.Select((s, i) => i % 2 == 0
            ? s.PostAsync($"{Requests(w)}/{id}/accept", null, Ct)
            : s.PostAsJsonAsync($"{Requests(w)}/{id}/decline", new { reason = "Takvim dolu" }, Ct)));

        var winner = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a != winner), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        var row = Assert.Single(await w.RequestsAsync(factory));
        Assert.Contains(row.Status, new[] { RequestStatus.Accepted, RequestStatus.Declined });
        Assert.Equal(1, await EmailsToAsync(w.Prime.Email));
    }

    private async Task<string> RequestAsync(MatchmakingWorld w)
    {
        var created = await (await factory.SignedInAsync(w.Prime.Email)).PostAsJsonAsync(Requests(w), new { firmId = w.Supplier.FirmId, priority = 3 }, Ct);
        created.EnsureSuccessStatusCode();
        return (await created.JsonAsync()).GetProperty("id").GetString()!;
    }

    private async Task<int> EmailsToAsync(string address)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<OutgoingEmail>().CountAsync(e => e.ToAddress == address, Ct);
    }
}
