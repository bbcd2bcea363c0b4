using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Registration;

public sealed class ReviewFirmsTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static string Queue(Guid eventId) => $"/organizer/events/{eventId}/firms/pending";

    private Task<Participation> ParticipationAsync(Guid eventId, Guid firmId) =>
        factory.WithDbAsync(db => db.Set<Participation>().SingleAsync(p => p.EventId == eventId && p.FirmId == firmId, TestContext.Current.CancellationToken));

    [Fact]
    public async Task ApproveFromQueue_WhenOrganizer_ApprovesAndMailsTheContactInTurkish()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId, shortName: "Ağır Sanayi");
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var queue = await (await organizer.GetAsync(Queue(eventId), TestContext.Current.CancellationToken)).HtmlAsync();

        var response = await organizer.PostFormAsync($"{Queue(eventId)}?firmId={firmId}", [], handler: "Approve");

        Assert.Single(queue.QuerySelectorAll($"[data-firm-id='{firmId}']"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ParticipationStatus.Approved, (await ParticipationAsync(eventId, firmId)).Status);
        var after = await (await organizer.GetAsync(Queue(eventId), TestContext.Current.CancellationToken)).HtmlAsync();
        Assert.Empty(after.QuerySelectorAll($"[data-firm-id='{firmId}']"));
        await Eventually.TrueAsync(() => factory.MailFiles().Select(Eml.Read).Any(m => m.To.Contains(email) && m.Subject.StartsWith("Ağır Sanayi", StringComparison.Ordinal)), TimeSpan.FromSeconds(20), "approval e-mail");
        var mail = factory.MailFiles().Select(Eml.Read).Single(m => m.To.Contains(email) && m.Subject.StartsWith("Ağır Sanayi", StringComparison.Ordinal));
        Assert.Equal("Ağır Sanayi, Konya Tedarikçi Buluşması için onaylandı", mail.Subject);
        Assert.Contains("Organizatörler Ağır Sanayi firmasının Konya Tedarikçi Buluşması kaydını onayladı.", mail.Text);
    }

    [Fact]
    public async Task ApproveApi_WhenSentTwiceAndAtOnce_AnswersTheSameAndMailsTheContactOnce()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        var organizers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => factory.SignedInAsync(PlatformFactory.OrganizerEmail)));

        var atOnce = await Task.WhenAll(organizers.Select(o => o.PostAsync($"/api/v1/events/{eventId}/firms/{firmId}/approve", null, TestContext.Current.CancellationToken)));
        var later = await organizers[0].PostAsync($"/api/v1/events/{eventId}/firms/{firmId}/approve", null, TestContext.Current.CancellationToken);

        Assert.All(atOnce.Append(later), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(ParticipationStatus.Approved, (await ParticipationAsync(eventId, firmId)).Status);
        var approvals = await factory.WithDbAsync(db => db.Set<OutgoingEmail>().CountAsync(m => m.ToAddress == email && m.Kind == "firm-approved", TestContext.Current.CancellationToken));
        Assert.Equal(1, approvals);
    }

    [Fact]
    public async Task RejectApi_WhenReasonGiven_StoresItAndMailsItInTheContactsEnglish()
    {
        var eventId = await factory.SeedEventAsync();
        var email = $"en-{Guid.NewGuid():N}@test.local";
        var registered = await factory.Anonymous("en-US").PostAsJsonAsync($"/api/v1/events/{eventId}/firms", RegistrationScenario.FirmJson(RegistrationScenario.NewTaxNumber(), email), TestContext.Current.CancellationToken);
        var firmId = (await registered.JsonAsync()).GetProperty("id").GetGuid();
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "tr-TR");

        var response = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/firms/{firmId}/reject", new { reason = "Savunma sanayi ile ilgili faaliyet yok." }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var participation = await ParticipationAsync(eventId, firmId);
        Assert.Equal((ParticipationStatus.Rejected, "Savunma sanayi ile ilgili faaliyet yok."), (participation.Status, participation.RejectionReason));
        var mail = await factory.WithDbAsync(db => db.Set<OutgoingEmail>().SingleAsync(m => m.ToAddress == email && m.Kind == "firm-rejected", TestContext.Current.CancellationToken));
        Assert.Equal("Demir Döküm is not approved for Konya Supplier Meetings", mail.Subject);
        Assert.Contains("Reason: Savunma sanayi ile ilgili faaliyet yok.", mail.TextBody);
    }

    [Fact]
    public async Task RejectFromQueue_WhenReasonMissing_RefusesInTurkishAndKeepsItPending()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId);
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var response = await organizer.PostFormAsync($"{Queue(eventId)}?firmId={firmId}", new() { ["reason"] = "  " }, handler: "Reject");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Firmaya reddin gerekçesini yazın.", (await response.HtmlAsync()).Body!.TextContent);
        Assert.Equal(ParticipationStatus.Pending, (await ParticipationAsync(eventId, firmId)).Status);
    }

    [Fact]
    public async Task RejectApi_WhenReasonMissing_Answers400AndKeepsItPending()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId);
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");

        var response = await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/firms/{firmId}/reject", new { reason = "" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Reason for rejection is required.", (await response.JsonAsync()).GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal(ParticipationStatus.Pending, (await ParticipationAsync(eventId, firmId)).Status);
    }

    [Theory]
    [InlineData(Roles.Supplier)]
    [InlineData(Roles.Prime)]
    [InlineData(Roles.Visitor)]
    public async Task ApproveApi_WhenNotOrganizer_Answers403AndChangesNothing(string role)
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        var client = await factory.SignedInAsync(role == Roles.Supplier ? email : await factory.CreateUserAsync(role));

        var response = await client.PostAsync($"/api/v1/events/{eventId}/firms/{firmId}/approve", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ParticipationStatus.Pending, (await ParticipationAsync(eventId, firmId)).Status);
    }

    [Fact]
    public async Task ApproveAndRejectApi_WhenAnonymous_Answer401()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId);
        var anonymous = factory.Anonymous();

        var approve = await anonymous.PostAsync($"/api/v1/events/{eventId}/firms/{firmId}/approve", null, TestContext.Current.CancellationToken);
        var reject = await anonymous.PostAsJsonAsync($"/api/v1/events/{eventId}/firms/{firmId}/reject", new { reason = "x" }, TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (approve.StatusCode, reject.StatusCode));
    }

    [Fact]
    public async Task PendingQueue_WhenSupplier_Answers403()
    {
        var eventId = await factory.SeedEventAsync();
        var (_, email) = await factory.RegisterSupplierAsync(eventId);

        var response = await (await factory.SignedInAsync(email)).GetAsync(Queue(eventId), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task MyFirm_AfterApproval_ShowsTheStatusAndAfterRejectionTheReason()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        var supplier = await factory.SignedInPagesAsync(email);
        var before = (await (await supplier.GetAsync("/my/firm", TestContext.Current.CancellationToken)).HtmlAsync()).QuerySelector("[data-testid=status]")!.TextContent;

        await factory.ApproveAsync(eventId, firmId);
        var after = (await (await supplier.GetAsync("/my/firm", TestContext.Current.CancellationToken)).HtmlAsync()).QuerySelector("[data-testid=status]")!.TextContent;

        Assert.Equal("Onay bekliyor", before);
        Assert.Equal("Onaylandı", after);
    }

    [Fact]
    public async Task PendingQueue_WhenNamesNearlyTheSame_FlagsTheLookAlikeAndMergeMovesEverything()
    {
        var eventId = await factory.SeedEventAsync();
        var otherEvent = await factory.SeedEventAsync();
        var (keepId, _) = await factory.RegisterSupplierAsync(otherEvent, shortName: $"Yıldız Hassas {Guid.NewGuid():N}"[..20]);
        var keptName = await factory.WithDbAsync(db => db.Set<Firm>().Where(f => f.Id == keepId).Select(f => f.LegalName).SingleAsync(TestContext.Current.CancellationToken));
        var json = RegistrationScenario.FirmJson(RegistrationScenario.NewTaxNumber(), $"dup-{Guid.NewGuid():N}@test.local");
        json["legalName"] = keptName.ToUpper(new System.Globalization.CultureInfo("tr-TR")).Replace("A.Ş.", "AŞ", StringComparison.Ordinal);
        var dropId = (await (await factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{eventId}/firms", json, TestContext.Current.CancellationToken)).JsonAsync()).GetProperty("id").GetGuid();
        var dropEmail = (string)json["contactEmail"]!;
        await factory.ConfirmEmailAsync(dropEmail);
        var dropClient = await factory.SignedInAsync(dropEmail);
        (await dropClient.PostAsJsonAsync($"/api/v1/events/{eventId}/firms/{dropId}/people", new { fullName = "Zeynep Çelik", email = "zeynep@test.local" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var queue = await (await organizer.GetAsync(Queue(eventId), TestContext.Current.CancellationToken)).HtmlAsync();
        var merge = await organizer.PostFormAsync($"/organizer/firms/merge?keep={keepId}&drop={dropId}", []);

        Assert.Contains(queue.QuerySelectorAll($"[data-firm-id='{dropId}'] [data-testid=look-alike]"), e => e.TextContent.Contains(keptName, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, merge.StatusCode);
        var (firms, participations, people) = await factory.WithDbAsync(async db => (
            await db.Set<Firm>().CountAsync(f => f.Id == dropId || f.Id == keepId, TestContext.Current.CancellationToken),
            await db.Set<Participation>().CountAsync(p => p.FirmId == keepId, TestContext.Current.CancellationToken),
            await db.Set<FirmPerson>().CountAsync(p => p.FirmId == keepId, TestContext.Current.CancellationToken)));
        Assert.Equal((1, 2, 1), (firms, participations, people));
    }

    [Fact]
    public async Task Merge_WhenSupplier_Answers403()
    {
        var (a, email) = await factory.RegisterSupplierAsync(await factory.SeedEventAsync());

        var response = await (await factory.SignedInAsync(email)).GetAsync($"/organizer/firms/merge?keep={a}&drop={Guid.NewGuid()}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
