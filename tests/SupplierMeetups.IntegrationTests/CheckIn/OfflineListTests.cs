using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.CheckIn.OfflineList;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.IntegrationTests.CheckIn;

public sealed class OfflineListTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task OfflineList_WhenAsked_HoldsValidIdsRevokedIdsAndWhoIsInsideButNoKey()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var (validId, validToken) = await scene.BadgeAsync();
        var (revokedId, _) = await scene.BadgeAsync("İptal Edilen");
        await scene.RevokeAsync(revokedId);
        await scene.AnswerAsync(validToken);

        var response = await scene.Staff.GetAsync($"/api/v1/events/{scene.EventId}/checkins/offline-list", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var list = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var badge = Assert.Single(list.GetProperty("badges").EnumerateArray());
        Assert.Equal(OfflineLists.IdOf(validId), badge[0].GetString());
        Assert.Equal(validToken[..21], badge[0].GetString()![..21]);
        Assert.Equal("Mustafa Büyükeğen", badge[2].GetString());
        Assert.Equal([OfflineLists.IdOf(revokedId)], list.GetProperty("revoked").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal([OfflineLists.IdOf(validId)], list.GetProperty("inside").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("Europe/Istanbul", list.GetProperty("timeZone").GetString());
        Assert.DoesNotContain(factory.Settings["Badges:TokenKey"]!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(validToken, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfflineList_WhenTheEventHas20000BadgesWithLongTurkishNames_IsAtMost2MB()
    {
        var scene = await DoorScene.CreateAsync(factory);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var types = Enum.GetValues<BadgeType>();
            for (var i = 0; i < 20_000; i++)
            {
                db.Add(new Badge
                {
                    EventId = scene.EventId, Type = types[i % types.Length], HolderKind = "load", HolderId = Guid.NewGuid(), IssuedAt = DateTimeOffset.UtcNow,
                    PersonName = $"Şükrü Çağlayan Öztürkoğlu Büyükeğen {i}", Organization = "İŞBİR Elektrik Ağır Sanayi ve Ticaret Anonim Şirketi",
                    RevokedAt = i % 50 == 0 ? DateTimeOffset.UtcNow : null,
                });
            }
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var response = await scene.Staff.GetAsync($"/api/v1/events/{scene.EventId}/checkins/offline-list", TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var list = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(19_600, list.GetProperty("badges").GetArrayLength());
        Assert.Equal(400, list.GetProperty("revoked").GetArrayLength());
        Assert.True(bytes.Length <= 2_000_000, $"the offline list of 20,000 badges is {bytes.Length:N0} bytes");
    }
}
