using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Registration;

/// <summary>The limit of representatives holds when requests for the last place arrive at once (SQLite and PostgreSQL).</summary>
public sealed class RepresentativeLimitRaceTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const int Limit = 3;
    private const int Simultaneous = 40;

    private static object Person(int n) => new { fullName = $"Temsilci {n} Çelik", email = $"yarış{n}@test.local".Replace("ş", "s", StringComparison.Ordinal) };

    [Fact]
    public async Task AddPersonApi_WhenManyRequestsRaceForTheLastPlace_ExactlyOneSucceedsAndTheRestGetTheTurkish409()
    {
        var eventId = await factory.SeedEventAsync();
        await factory.WithDbAsync(db =>
        {
            db.Add(new PeopleLimits { EventId = eventId, Supplier = Limit });
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        var client = await factory.SignedInAsync(email);
        var url = $"/api/v1/events/{eventId}/firms/{firmId}/people";
        for (var n = 1; n < Limit; n++)
        {
            (await client.PostAsJsonAsync(url, Person(n), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        }
        using var start = new SemaphoreSlim(0);
        var racers = Enumerable.Range(100, Simultaneous).Select(async n =>
        {
            await start.WaitAsync(TestContext.Current.CancellationToken);
            return await client.PostAsJsonAsync(url, Person(n), TestContext.Current.CancellationToken);
        }).ToList();

        start.Release(Simultaneous);
        var responses = await Task.WhenAll(racers);

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        Assert.All(refused, r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        foreach (var response in refused)
        {
            Assert.Equal($"Firmanız bu etkinlikte tedarikçi olarak en fazla {Limit} temsilci bildirebilir; yenisini eklemek için birini kaldırın.",
                (await response.JsonAsync()).GetProperty("detail").GetString());
        }
        var stored = await factory.WithDbAsync(db => db.Set<FirmPerson>().CountAsync(p => p.FirmId == firmId, TestContext.Current.CancellationToken));
        Assert.Equal(Limit, stored);
    }
}
