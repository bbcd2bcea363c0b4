using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Platform;

/// <summary>An instance that loads the demo, on a database of its own or on another instance's.</summary>
public sealed class SeedingNode(SeedingNode? joining = null)
    : PlatformFactory(new Dictionary<string, string?> { ["Demo:Load"] = "true", ["Demo:AllowOutsideDevelopment"] = "true" }, sharedDatabase: joining);

public sealed class StartupSeedingTests
{
    [Fact]
    public async Task Start_WhenThreeInstancesStartAtOnceOnAFreshDatabase_AllStartAndSeedOnce()
    {
        await using var first = new SeedingNode();
        await using var second = new SeedingNode(first);
        await using var third = new SeedingNode(first);

        // Touching Services builds and starts the host: migrations and seeding run then.
        await Task.WhenAll(new[] { first, second, third }.Select(node => Task.Run(() => node.Services, TestContext.Current.CancellationToken)));

        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ct = TestContext.Current.CancellationToken;
        var roles = await db.Set<IdentityRole<Guid>>().Select(r => r.Name).ToListAsync(ct);
        Assert.Equal(Roles.All.Order(), roles.Order());
        Assert.Equal(1, await db.Set<AppUser>().CountAsync(u => u.NormalizedEmail == PlatformFactory.OrganizerEmail.ToUpperInvariant(), ct));
        // The real 2025 event and the upcoming demo event, each once.
        Assert.Equal(2, await db.Set<Event>().CountAsync(ct));
        Assert.Equal(1, await db.Set<Event>().CountAsync(e => e.NameEn == SupplierMeetups.Web.Events.Contracts.DemoEventNames.UpcomingEn, ct));
        Assert.Equal(1, await db.Set<AppUser>().CountAsync(u => u.NormalizedEmail == "PRIME@DEMO.LOCAL", ct));
        foreach (var node in new[] { second, third })
        {
            var health = await node.Anonymous().GetAsync("/health/live", ct);
            Assert.True(health.IsSuccessStatusCode, $"an instance did not start: {health.StatusCode}");
        }
    }
}
