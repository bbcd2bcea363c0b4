using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Events.Contracts;

namespace SupplierMeetups.IntegrationTests.Events;

/// <summary>The read model other modules get of an event: the same names, days and slot ids as the event itself.</summary>
public sealed class EventQueriesTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FindAsync_WhenTheEventHasAMeetingDay_ReturnsItsSlotsWithTheirIds()
    {
        var id = await factory.CreateEventAsync("Sorgu Etkinliği");

        var found = await QueryAsync(q => q.FindAsync(id, Ct));

        Assert.NotNull(found);
        Assert.Equal("Sorgu Etkinliği", found.Name("tr"));
        Assert.Equal("Konya Defense Industry Supplier Meetings", found.Name("en"));
        Assert.Equal(new DateOnly(2030, 11, 5), Assert.Single(found.MeetingDays).Date);
        Assert.Equal(["D1-01", "D1-02", "D1-03", "D1-04", "D1-05", "D1-06"], found.Slots().Select(s => s.Id));
        Assert.Equal(new TimeOnly(10, 20), found.Slots()[1].Start);
    }

    [Fact]
    public async Task FindManyAsync_WhenSomeIdsAreUnknown_ReturnsOnlyTheEventsThatExist()
    {
        var first = await factory.CreateEventAsync("Birinci");
        var second = await factory.CreateEventAsync("İkinci");

        var found = await QueryAsync(q => q.FindManyAsync([first, second, first, Guid.NewGuid()], Ct));

        Assert.Equal(new[] { first, second }.Order(), found.Keys.Order());
        Assert.Equal("İkinci", found[second].NameTr);
    }

    [Fact]
    public async Task ExistsAsync_WhenTheIdIsUnknown_IsFalseAndGetAsyncThrows()
    {
        var unknown = Guid.NewGuid();

        Assert.False(await QueryAsync(q => q.ExistsAsync(unknown, Ct)));
        Assert.Null(await QueryAsync(q => q.FindAsync(unknown, Ct)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => QueryAsync(q => q.GetAsync(unknown, Ct)));
    }

    private async Task<T> QueryAsync<T>(Func<IEventQueries, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IEventQueries>());
    }
}
