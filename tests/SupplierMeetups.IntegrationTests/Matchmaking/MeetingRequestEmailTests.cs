using System.Net.Http.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Matchmaking;
using SupplierMeetups.Web.Matchmaking.ExpireRequests;

namespace SupplierMeetups.IntegrationTests.Matchmaking;

public sealed class MeetingRequestEmailTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Requests(MatchmakingWorld w) => $"/api/v1/events/{w.EventId}/meeting-requests";

    [Fact]
    public async Task Request_WhenSent_TheAskedFirmIsToldInTurkishWithPriorityNoteAndLink()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email, "en-US");

        await prime.PostAsJsonAsync(Requests(w), new { firmId = w.Supplier.FirmId, priority = 3, note = "Kablo demeti ve kart dizgi" }, Ct);

        var mail = await OneMailAsync(w.Supplier.Email, "İŞBİR Elektrik İrtibat");
        Assert.Equal("ASELSAN firmasından görüşme talebi", mail.Subject);
        Assert.Contains("Merhaba İŞBİR Elektrik İrtibat,", mail.Text);
        Assert.Contains("ASELSAN, Test Buluşmaları kapsamında firmanızla birebir görüşme talep ediyor.", mail.Text);
        Assert.Contains("Öncelik: Mutlaka görüşülmeli", mail.Text);
        Assert.Contains("Not: Kablo demeti ve kart dizgi", mail.Text);
        Assert.Contains($"Talebi yanıtla: http://localhost/events/{w.EventId}/meetings", mail.Text);
        Assert.Contains("ASELSAN, Test Buluşmaları kapsamında firmanızla birebir görüşme talep ediyor.", mail.Html, StringComparison.Ordinal);
        Assert.Empty(MailsTo(w.Prime.Email));
    }

    [Fact]
    public async Task Request_WhenTheAskedContactReadsEnglish_IsToldInEnglish()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await SpeaksEnglishAsync(w.Prime.Email);
        var supplier = await factory.SignedInAsync(w.Supplier.Email);

        await supplier.PostAsJsonAsync(Requests(w), new { firmId = w.Prime.FirmId, priority = 1 }, Ct);

        var mail = await OneMailAsync(w.Prime.Email, "ASELSAN İrtibat");
        Assert.Equal("Meeting request from İŞBİR Elektrik", mail.Subject);
        Assert.Contains("İŞBİR Elektrik asks your firm for a one-to-one meeting at Test Meetings.", mail.Text);
        Assert.Contains("Priority: Nice to meet", mail.Text);
        Assert.DoesNotContain("Note:", mail.Text);
    }

    [Fact]
    public async Task Accept_WhenTheAskedFirmAccepts_TheAskingFirmIsToldInItsLanguage()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await SpeaksEnglishAsync(w.Prime.Email);
        var id = await RequestAsync(w, w.Prime, w.Supplier);

        (await (await factory.SignedInAsync(w.Supplier.Email)).PostAsync($"{Requests(w)}/{id}/accept", null, Ct)).EnsureSuccessStatusCode();

        var mail = await OneMailAsync(w.Prime.Email, "ASELSAN İrtibat");
        Assert.Equal("İŞBİR Elektrik accepted your meeting request", mail.Subject);
        Assert.Contains("İŞBİR Elektrik accepted your meeting request (Must meet) for Test Meetings.", mail.Text);
    }

    [Fact]
    public async Task Decline_WhenTheAskedFirmDeclines_TheAskingFirmGetsTheReasonInTurkish()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var id = await RequestAsync(w, w.Supplier, w.Prime);

        (await (await factory.SignedInAsync(w.Prime.Email, "en-US")).PostAsJsonAsync($"{Requests(w)}/{id}/decline", new { reason = "Bu yıl döküm arıyoruz" }, Ct)).EnsureSuccessStatusCode();

        var mail = await OneMailAsync(w.Supplier.Email, "İŞBİR Elektrik İrtibat");
        Assert.Equal("ASELSAN görüşme talebinizi reddetti", mail.Subject);
        Assert.Contains("ASELSAN, Test Buluşmaları için gönderdiğiniz görüşme talebini (Mutlaka görüşülmeli) reddetti.", mail.Text);
        Assert.Contains("Gerekçe: Bu yıl döküm arıyoruz", mail.Text);
    }

    [Fact]
    public async Task Decline_WhenRefused_SavesNoEmail()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var id = await RequestAsync(w, w.Supplier, w.Prime);

        var response = await (await factory.SignedInAsync(w.Prime.Email)).PostAsJsonAsync($"{Requests(w)}/{id}/decline", new { reason = "" }, Ct);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await OutboxRowsToAsync(w.Supplier.Email));
    }

    [Fact]
    public async Task Expiry_WhenTheSweepRunsTwiceAndTwiceAtOnce_TellsEachFirmExactlyOnce()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await SpeaksEnglishAsync(w.Prime.Email);
        var id = await RequestAsync(w, w.Prime, w.Supplier);
        await ExpireAsync(id);
        var now = DateTimeOffset.UtcNow;

        // As if on two instances at once, then rerun; the class's other tests (and the scheduled job) may tell other requests meanwhile.
        await Task.WhenAll(RunSweepAsync(now), RunSweepAsync(now));
        await RunSweepAsync(now);
        var again = await RunSweepAsync(now);

        Assert.Equal(0, again);
        Assert.NotNull(Assert.Single(await w.RequestsAsync(factory)).ExpiryNotifiedAt);
        await Eventually.TrueAsync(() => Expired(w.Prime.Email).Count == 1 && Expired(w.Supplier.Email).Count == 1, TimeSpan.FromSeconds(20), "expiry e-mails");
        Assert.Equal(1, await OutboxRowsToAsync(w.Prime.Email, "meeting-request-expired"));
        Assert.Equal(1, await OutboxRowsToAsync(w.Supplier.Email, "meeting-request-expired"));
        var toRequester = Expired(w.Prime.Email).Single();
        Assert.Equal("Your meeting request to İŞBİR Elektrik has expired", toRequester.Subject);
        Assert.Contains("İŞBİR Elektrik did not answer your meeting request (Must meet) for Test Meetings in time, so the request has expired.", toRequester.Text);
        var toAsked = Expired(w.Supplier.Email).Single();
        Assert.Equal("ASELSAN firmasından gelen görüşme talebinin süresi doldu", toAsked.Subject);
        Assert.Contains("ASELSAN ile hâlâ görüşmek isterseniz kendiniz bir talep gönderebilirsiniz.", toAsked.Text);
    }

    [Fact]
    public async Task ExpiryJob_WhenTriggeredByTheScheduler_TellsTheFirmsAndLeavesAnsweredRequestsAlone()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var expiring = await RequestAsync(w, w.Prime, w.Supplier);
        var answered = await RequestAsync(w, w.OtherPrime, w.OtherSupplier);
        (await (await factory.SignedInAsync(w.OtherSupplier.Email)).PostAsync($"{Requests(w)}/{answered}/accept", null, Ct)).EnsureSuccessStatusCode();
        await ExpireAsync(expiring);
        await ExpireAsync(answered);

        var jobs = factory.Services.GetRequiredService<IRecurringJobManager>();
        jobs.Trigger(RequestExpiryJob.Id);
        jobs.Trigger(RequestExpiryJob.Id);

        await Eventually.TrueAsync(() => Expired(w.Supplier.Email).Count == 1 && Expired(w.Prime.Email).Count == 1, TimeSpan.FromSeconds(30), "expiry e-mails");
        var rows = await w.RequestsAsync(factory);
        Assert.NotNull(rows.Single(r => r.Id == expiring).ExpiryNotifiedAt);
        Assert.Null(rows.Single(r => r.Id == answered).ExpiryNotifiedAt);
        Assert.Equal(0, await OutboxRowsToAsync(w.OtherPrime.Email, "meeting-request-expired"));
        Assert.Equal(0, await OutboxRowsToAsync(w.OtherSupplier.Email, "meeting-request-expired"));
    }

    private async Task<Guid> RequestAsync(MatchmakingWorld w, WorldFirm from, WorldFirm to)
    {
        var created = await (await factory.SignedInAsync(from.Email)).PostAsJsonAsync(Requests(w), new { firmId = to.FirmId, priority = 3 }, Ct);
        return (await created.JsonAsync()).GetProperty("id").GetGuid();
    }

    private Task ExpireAsync(Guid id) => MatchmakingWorld.ChangeAsync(factory, async db =>
    {
        var request = await db.Set<MeetingRequest>().SingleAsync(r => r.Id == id, Ct);
        request.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
    });

    private Task SpeaksEnglishAsync(string email) => MatchmakingWorld.ChangeAsync(factory, async db =>
        (await db.Set<AppUser>().SingleAsync(u => u.Email == email, Ct)).PreferredLanguage = "en");

    private async Task<int> RunSweepAsync(DateTimeOffset now)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RequestExpiries>().NotifyExpiredAsync(now, Ct);
    }

    private async Task<int> OutboxRowsToAsync(string email, string? kind = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupplierMeetups.Web.Platform.Persistence.AppDbContext>();
        return await db.Set<SupplierMeetups.Web.Platform.Email.OutgoingEmail>()
            .CountAsync(e => e.ToAddress == email && (kind == null || e.Kind == kind), Ct);
    }

    private async Task<Eml> OneMailAsync(string email, string name)
    {
        await Eventually.TrueAsync(() => MailsTo(email).Count == 1, TimeSpan.FromSeconds(20), $"no e-mail to {name}");
        return MailsTo(email).Single();
    }

    private List<Eml> MailsTo(string email) =>
        factory.MailFiles().Select(Eml.Read).Where(m => m.To.Contains(email, StringComparison.OrdinalIgnoreCase)).ToList();

    private List<Eml> Expired(string email) =>
        MailsTo(email).Where(m => m.Subject.Contains("expired", StringComparison.Ordinal) || m.Subject.Contains("süresi doldu", StringComparison.Ordinal)).ToList();
}
