using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.CheckIn.Redeem;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.IntegrationTests.CheckIn;

public sealed class RedeemTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Redeem_WhenValidBadgeEnters_AdmitsWithNameFirmAndType()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var (badgeId, token) = await scene.BadgeAsync();

        var answer = await scene.AnswerAsync(token);

        Assert.Equal("Admitted", answer.GetProperty("result").GetString());
        Assert.Equal("green", answer.GetProperty("colour").GetString());
        Assert.Equal(badgeId, answer.GetProperty("badgeId").GetGuid());
        Assert.Equal("Mustafa Büyükeğen", answer.GetProperty("personName").GetString());
        Assert.Equal("İŞBİR Elektrik", answer.GetProperty("organization").GetString());
        Assert.Equal("Visitor", answer.GetProperty("badgeType").GetString());
        Assert.Equal("VISITOR", answer.GetProperty("badgeTypeLabel").GetString());
        Assert.False(answer.GetProperty("replayed").GetBoolean());
    }

    [Fact]
    public async Task Redeem_WhenInTurkish_AnswersInTurkish()
    {
        var scene = await DoorScene.CreateAsync(factory, "tr-TR");
        var (_, token) = await scene.BadgeAsync();

        var admitted = await scene.AnswerAsync(token);
        var again = await scene.AnswerAsync(token);

        Assert.Equal("Giriş yapabilir", admitted.GetProperty("headline").GetString());
        Assert.Equal("ZİYARETÇİ", admitted.GetProperty("badgeTypeLabel").GetString());
        Assert.Equal("Zaten içeride", again.GetProperty("headline").GetString());
        Assert.StartsWith("Giriş: ", again.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Redeem_WhenHolderIsInsideAlready_AnswersSinceWhenWhichGateAndByWhom()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var (_, token) = await scene.BadgeAsync();
        var east = await scene.AddGateAsync("Doğu Kapısı");
        await scene.AnswerAsync(token, scannedAt: DoorScene.YesterdayAt(9, 30));

        var again = await scene.AnswerAsync(token, gate: east, scannedAt: DoorScene.YesterdayAt(10));

        Assert.Equal("AlreadyInside", again.GetProperty("result").GetString());
        Assert.Equal("amber", again.GetProperty("colour").GetString());
        Assert.Equal(DoorScene.YesterdayAt(9, 30), again.GetProperty("insideSince").GetDateTimeOffset());
        Assert.Equal("Ana Giriş", again.GetProperty("insideGate").GetString());
        Assert.StartsWith("staff-", again.GetProperty("insideBy").GetString());
        Assert.Equal("Mustafa Büyükeğen", again.GetProperty("personName").GetString());
    }

    [Fact]
    public async Task Redeem_WhenHolderExitedBefore_AdmitsAgain()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var (badgeId, token) = await scene.BadgeAsync();

        var first = await scene.AnswerAsync(token, scannedAt: DoorScene.YesterdayAt(9));
        var exit = await scene.AnswerAsync(token, "Exit", scannedAt: DoorScene.YesterdayAt(11));
        var reentry = await scene.AnswerAsync(token, scannedAt: DoorScene.YesterdayAt(13));

        Assert.Equal(["Admitted", "Exited", "Admitted"], new[] { first, exit, reentry }.Select(a => a.GetProperty("result").GetString()));
        var presence = await PresenceAsync(badgeId);
        Assert.True(presence.Inside);
        Assert.Equal(2, presence.Entries);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Redeem_WhenBadgeRevokedOrErased_RefusesWithoutLettingIn(bool erased)
    {
        var scene = await DoorScene.CreateAsync(factory);
        var (badgeId, token) = await scene.BadgeAsync();
        await scene.RevokeAsync(badgeId, erased);

        var answer = await scene.AnswerAsync(token);

        Assert.Equal("Revoked", answer.GetProperty("result").GetString());
        Assert.Equal("red", answer.GetProperty("colour").GetString());
        Assert.Equal(JsonValueKindNull, answer.GetProperty("personName").ValueKind);
        Assert.Null(await FindPresenceAsync(badgeId));
    }

    [Fact]
    public async Task Redeem_WhenBadgeOfAnotherEvent_AnswersOtherEvent()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var otherEvent = await DoorScene.CreateEventAsync(factory);
        var (badgeId, token) = await scene.BadgeAsync(eventId: otherEvent);

        var answer = await scene.AnswerAsync(token);

        Assert.Equal("OtherEvent", answer.GetProperty("result").GetString());
        Assert.Equal(JsonValueKindNull, answer.GetProperty("personName").ValueKind);
        Assert.Null(await FindPresenceAsync(badgeId));
    }

    [Fact]
    public async Task Redeem_WhenOutsideTheDoorsHoursInTheEventsTimeZone_AnswersOutsideHours()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var (_, token) = await scene.BadgeAsync();

        // 06:30 and 22:00 at the venue are outside 07:00-21:00, whatever the server's own time zone.
        var early = await scene.AnswerAsync(token, scannedAt: DoorScene.YesterdayAt(6, 30));
        var late = await scene.AnswerAsync(token, scannedAt: DoorScene.YesterdayAt(22));
        var justOpen = await scene.AnswerAsync(token, scannedAt: DoorScene.YesterdayAt(7));

        Assert.Equal(["OutsideHours", "OutsideHours", "Admitted"], new[] { early, late, justOpen }.Select(a => a.GetProperty("result").GetString()));
    }

    [Fact]
    public async Task Redeem_WhenEventIsOnOtherDays_AnswersOutsideHours()
    {
        var future = await DoorScene.CreateAsync(factory, startsInDays: 10);
        var (_, token) = await future.BadgeAsync();

        var answer = await future.AnswerAsync(token);

        Assert.Equal("OutsideHours", answer.GetProperty("result").GetString());
        Assert.Equal("Mustafa Büyükeğen", answer.GetProperty("personName").GetString());
    }

    public static TheoryData<string> Garbage() => new()
    {
        "hello world",
        "https://example.com/?q=1",
        new string('A', 43),
        new string('x', 5000),
        "'; DROP TABLE checkin_Scans; --",
        "ÇĞİÖŞÜ çğıöşü 😀",
        "{\"token\":1}",
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task Redeem_WhenTextIsNotABadge_AnswersNotABadgeAndLogsTheFailedScan(string text)
    {
        var scene = await DoorScene.CreateAsync(factory);

        var answer = await scene.AnswerAsync(text);
        var failed = await (await scene.Staff.GetAsync($"/api/v1/events/{scene.EventId}/checkins/failed", TestContext.Current.CancellationToken)).JsonAsync();

        Assert.Equal("NotABadge", answer.GetProperty("result").GetString());
        Assert.Equal("red", answer.GetProperty("colour").GetString());
        var logged = Assert.Single(failed.EnumerateArray());
        Assert.Equal("NotABadge", logged.GetProperty("result").GetString());
        Assert.Equal("Ana Giriş", logged.GetProperty("gate").GetString());
        Assert.True((logged.GetProperty("sample").GetString() ?? "").Length <= DoorScan.SampleMaxLength);
    }

    [Fact]
    public async Task Redeem_WhenTextHasControlCharacters_AnswersValidationProblemNotAServerError()
    {
        var scene = await DoorScene.CreateAsync(factory);

        var response = await scene.ScanAsync("\u0000\u0001\u001b[2J");

        // The platform's one input rule refuses control characters in any text, before the door sees it.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("token", out _));
    }

    [Fact]
    public async Task Redeem_WhenTokenIsAlteredInOneCharacter_AnswersNotABadge()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var (_, token) = await scene.BadgeAsync();
        var altered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];
        var lowerCased = token.ToLowerInvariant();

        var answers = new[] { await scene.AnswerAsync(altered), await scene.AnswerAsync(lowerCased), await scene.AnswerAsync(token + "=") };

        Assert.All(answers, a => Assert.Equal("NotABadge", a.GetProperty("result").GetString()));
    }

    [Fact]
    public async Task Redeem_WhenTheSameNonceIsSentTwice_CountsOnceAndAnswersTheFirstAnswer()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var (badgeId, token) = await scene.BadgeAsync();
        var nonce = Guid.NewGuid().ToString("N");

        var first = await scene.AnswerAsync(token, nonce: nonce);
        var second = await scene.AnswerAsync(token, nonce: nonce);

        Assert.Equal("Admitted", first.GetProperty("result").GetString());
        Assert.Equal("Admitted", second.GetProperty("result").GetString());
        Assert.True(second.GetProperty("replayed").GetBoolean());
        Assert.Equal(1, await ScanCountAsync(scene.EventId));
        Assert.Equal(1, (await PresenceAsync(badgeId)).Entries);
    }

    [Fact]
    public async Task Redeem_WhenTenGatesScanTheSameBadgeAtOnce_AdmitsExactlyOnce()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var (badgeId, token) = await scene.BadgeAsync();
        var gates = new List<Guid>();
        for (var i = 1; i <= 10; i++)
        {
            gates.Add(await scene.AddGateAsync($"Kapı {i}"));
        }
        using var start = new SemaphoreSlim(0);

        var scans = gates.Select(async gate =>
        {
            await start.WaitAsync(TestContext.Current.CancellationToken);
            return await scene.AnswerAsync(token, gate: gate);
        }).ToList();
        start.Release(gates.Count);
        var answers = await Task.WhenAll(scans);

        Assert.Equal(1, answers.Count(a => a.GetProperty("result").GetString() == "Admitted"));
        Assert.Equal(9, answers.Count(a => a.GetProperty("result").GetString() == "AlreadyInside"));
        Assert.Equal(1, (await PresenceAsync(badgeId)).Entries);
        Assert.Equal(10, await ScanCountAsync(scene.EventId));
    }

    [Fact]
    public async Task Redeem_WhenOneNonceArrivesTenTimesAtOnce_StoresOneScan()
    {
        var scene = await DoorScene.CreateAsync(factory);
        var (badgeId, token) = await scene.BadgeAsync();
        var nonce = Guid.NewGuid().ToString("N");
        using var start = new SemaphoreSlim(0);

        var scans = Enumerable.Range(0, 10).Select(async _ =>
        {
            await start.WaitAsync(TestContext.Current.CancellationToken);
            return await scene.AnswerAsync(token, nonce: nonce);
        }).ToList();
        start.Release(10);
        var answers = await Task.WhenAll(scans);

        Assert.All(answers, a => Assert.Equal("Admitted", a.GetProperty("result").GetString()));
        Assert.Equal(9, answers.Count(a => a.GetProperty("replayed").GetBoolean()));
        Assert.Equal(1, await ScanCountAsync(scene.EventId));
        Assert.Equal(1, (await PresenceAsync(badgeId)).Entries);
    }

    [Fact]
    public async Task Redeem_WhenRequestIsMalformed_AnswersProblemInTheUsersLanguageAndChangesNothing()
    {
        var scene = await DoorScene.CreateAsync(factory, "tr-TR");
        var (_, token) = await scene.BadgeAsync();
        var url = $"/api/v1/events/{scene.EventId}/checkins";

        var noGate = await scene.ScanAsync(token, gate: Guid.NewGuid());
        var noNonce = await scene.Staff.PostAsJsonAsync(url, new { token, gate = scene.GateId }, TestContext.Current.CancellationToken);
        var longNonce = await scene.ScanAsync(token, nonce: new string('n', 65));
        var badDirection = await scene.ScanAsync(token, direction: "Sideways");
        var notJson = await scene.Staff.PostAsync(url, new StringContent("{{{ not json", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var unknownEvent = await scene.Staff.PostAsJsonAsync($"/api/v1/events/{Guid.NewGuid()}/checkins",
            new { token, gate = scene.GateId, nonce = "n1" }, TestContext.Current.CancellationToken);

        Assert.Equal(
            [HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound],
            new[] { noGate, noNonce, longNonce, badDirection, notJson, unknownEvent }.Select(r => r.StatusCode));
        Assert.All(new[] { noGate, noNonce, longNonce, badDirection, notJson, unknownEvent },
            r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
        Assert.Equal("Bu etkinlikte böyle bir kapı yok.", (await noGate.JsonAsync()).GetProperty("detail").GetString());
        Assert.True((await noNonce.JsonAsync()).GetProperty("errors").TryGetProperty("nonce", out _));
        Assert.Equal("Böyle bir etkinlik yok.", (await unknownEvent.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(0, await ScanCountAsync(scene.EventId));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    private async Task<int> ScanCountAsync(Guid eventId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<DoorScan>().CountAsync(s => s.EventId == eventId, TestContext.Current.CancellationToken);
    }

    private async Task<Presence> PresenceAsync(Guid badgeId) => await FindPresenceAsync(badgeId) ?? throw new InvalidOperationException("no presence row");

    private async Task<Presence?> FindPresenceAsync(Guid badgeId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Presence>().AsNoTracking().SingleOrDefaultAsync(p => p.BadgeId == badgeId, TestContext.Current.CancellationToken);
    }
}
