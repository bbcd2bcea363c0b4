using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Matchmaking;
using SupplierMeetups.IntegrationTests.Registration;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Audit;

public sealed class AuditLogTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApproveAndReject_WhenOrganizerDecides_EachRecordsOneEntryWithTheOrganizer()
    {
        var eventId = await factory.SeedEventAsync();
        var (approvedId, _) = await factory.RegisterSupplierAsync(eventId, shortName: "Onaylı Döküm");
        var (rejectedId, _) = await factory.RegisterSupplierAsync(eventId, shortName: "Reddedilen Döküm");
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        (await organizer.PostAsync($"/api/v1/events/{eventId}/firms/{approvedId}/approve", null, Ct)).EnsureSuccessStatusCode();
        (await organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/firms/{rejectedId}/reject", new { reason = "Eksik belge" }, Ct)).EnsureSuccessStatusCode();

        var entries = await EntriesAsync(e => e.EventId == eventId);
        var approved = Assert.Single(entries, e => e.Action == AuditActions.FirmApproved);
        var rejected = Assert.Single(entries, e => e.Action == AuditActions.FirmRejected);
        Assert.Equal(approvedId.ToString(), approved.TargetId);
        Assert.Equal(rejectedId.ToString(), rejected.TargetId);
        Assert.Contains("Eksik belge", rejected.Details);
        var organizerId = await OrganizerIdAsync();
        Assert.All([approved, rejected], e =>
        {
            Assert.Equal(organizerId, e.ActorUserId);
            Assert.Equal(PlatformFactory.OrganizerEmail, e.ActorEmail);
            Assert.Equal("Test Organizatörü", e.ActorName);
        });
    }

    [Fact]
    public async Task Merge_WhenOrganizerMergesTwoFirms_RecordsOneEntry()
    {
        var eventId = await factory.SeedEventAsync();
        var (keepId, _) = await factory.RegisterSupplierAsync(eventId, shortName: "Kalan Makina");
        var otherEvent = await factory.SeedEventAsync();
        var (dropId, _) = await factory.RegisterSupplierAsync(otherEvent, shortName: "Kalan Makina Kopya");
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var response = await organizer.PostFormAsync($"/organizer/firms/merge?keep={keepId}&drop={dropId}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var merged = Assert.Single(await EntriesAsync(e => e.Action == AuditActions.FirmsMerged && e.TargetId == keepId.ToString()));
        Assert.Contains(dropId.ToString(), merged.Details);
        Assert.Equal(PlatformFactory.OrganizerEmail, merged.ActorEmail);
    }

    [Fact]
    public async Task BoothAssignAndRelease_WhenOrganizerActs_EachRecordsOneEntry()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var booth = new Booth { EventId = w.EventId, HallName = "A Salonu", Code = "C-03", Width = 3, Depth = 3 };
        await MatchmakingWorld.ChangeAsync(factory, db => { db.Add(booth); return Task.CompletedTask; });
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var url = $"/api/v1/events/{w.EventId}/booths/{booth.Id}/assignment";

        (await organizer.PutAsJsonAsync(url, new { firmId = w.OtherSupplier.FirmId }, Ct)).EnsureSuccessStatusCode();
        (await organizer.DeleteAsync(url, Ct)).EnsureSuccessStatusCode();

        var entries = await EntriesAsync(e => e.EventId == w.EventId && e.TargetId == booth.Id.ToString());
        Assert.Single(entries, e => e.Action == AuditActions.BoothAssigned);
        Assert.Single(entries, e => e.Action == AuditActions.BoothReleased);
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Contains("C-03", e.Details));
    }

    [Fact]
    public async Task PublishAndCancel_WhenOrganizerActs_EachRecordsOneEntry()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var requestId = await AcceptedMeetingAsync(w);
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var draft = await (await organizer.PostAsync($"/api/v1/events/{w.EventId}/schedule/draft", null, Ct)).JsonAsync();

        (await organizer.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/publish", new { version = draft.GetProperty("version").GetGuid() }, Ct)).EnsureSuccessStatusCode();
        (await organizer.PostAsync($"/api/v1/events/{w.EventId}/meeting-requests/{requestId}/cancel", null, Ct)).EnsureSuccessStatusCode();

        var entries = await EntriesAsync(e => e.EventId == w.EventId);
        Assert.Single(entries, e => e.Action == AuditActions.SchedulePublished);
        var cancelled = Assert.Single(entries, e => e.Action == AuditActions.MeetingCancelled);
        Assert.Equal(requestId.ToString(), cancelled.TargetId);
        Assert.Equal(PlatformFactory.OrganizerEmail, cancelled.ActorEmail);
    }

    [Fact]
    public async Task Erasure_WhenOrganizerErasesAContact_RecordsOneEntryWithoutThePersonsData()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        var contactId = await factory.WithDbAsync(db => db.Set<AppUser>().Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct));
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        (await organizer.PostAsync($"/api/v1/firms/{firmId}/contacts/{contactId}/erase", null, Ct)).EnsureSuccessStatusCode();

        var erased = Assert.Single(await EntriesAsync(e => e.Action == AuditActions.PersonalDataErased && e.TargetId == contactId.ToString()));
        Assert.Equal(PlatformFactory.OrganizerEmail, erased.ActorEmail);
        Assert.DoesNotContain(email, erased.Details + erased.ActorName + erased.ActorEmail);
    }

    [Fact]
    public async Task Erasure_WhenTheContactErasesThemselves_KeepsOnlyTheirId()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        await factory.ConfirmEmailAsync(email);
        var contactId = await factory.WithDbAsync(db => db.Set<AppUser>().Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct));
        var contact = await factory.SignedInAsync(email);

        (await contact.PostAsync($"/api/v1/firms/{firmId}/contacts/{contactId}/erase", null, Ct)).EnsureSuccessStatusCode();

        var erased = Assert.Single(await EntriesAsync(e => e.Action == AuditActions.PersonalDataErased && e.TargetId == contactId.ToString()));
        Assert.Equal(contactId, erased.ActorUserId);
        Assert.Equal("", erased.ActorEmail);
        Assert.Equal("", erased.ActorName);
    }

    [Fact]
    public async Task DirectoryCsv_WhenExported_RecordsOneEntry()
    {
        var eventId = await factory.SeedEventAsync();
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        (await organizer.GetAsync($"/organizer/events/{eventId}/firms?handler=csv", Ct)).EnsureSuccessStatusCode();

        var exported = Assert.Single(await EntriesAsync(e => e.Action == AuditActions.DirectoryExported && e.EventId == eventId));
        Assert.Equal(PlatformFactory.OrganizerEmail, exported.ActorEmail);
    }

    [Fact]
    public async Task AuditApiAndPage_WhenOrganizer_ListFilteredEntries_AndTheCsvHoldsThem()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId, shortName: "Süzülen Döküm");
        await factory.ApproveAsync(eventId, firmId);
        var api = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var pages = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var listed = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audit?action=firm.approved&eventId={eventId}&actor=organizer@", Ct);
        var none = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audit?action=firm.rejected&eventId={eventId}", Ct);
        var past = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audit?eventId={eventId}&to=2020-01-01", Ct);
        var page = await (await pages.GetAsync($"/organizer/audit?Filter.EventId={eventId}", Ct)).HtmlAsync();
        var csv = await (await pages.GetAsync($"/organizer/audit?Filter.EventId={eventId}&handler=Csv", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal(firmId.ToString(), Assert.Single(listed.EnumerateArray()).GetProperty("targetId").GetString());
        Assert.Equal(0, none.GetArrayLength());
        Assert.Equal(0, past.GetArrayLength());
        Assert.Single(page.QuerySelectorAll("[data-testid=audit] tr[data-action='firm.approved']"));
        Assert.Contains(firmId.ToString(), csv);
        Assert.StartsWith("time_utc,", csv.TrimStart('\uFEFF'));
    }

    [Theory]
    [InlineData(Roles.Prime)]
    [InlineData(Roles.Supplier)]
    [InlineData(Roles.Visitor)]
    [InlineData(Roles.Staff)]
    public async Task AuditApi_WhenNotOrganizer_Answers403(string role)
    {
        var client = await factory.SignedInAsync(await factory.CreateUserAsync(role));

        var response = await client.GetAsync("/api/v1/audit", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AuditApi_WhenAnonymous_Answers401_AndThePageAsksToSignIn()
    {
        var api = await factory.Anonymous().GetAsync("/api/v1/audit", Ct);
        var page = await factory.Anonymous().GetAsync("/organizer/audit", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.StartsWith("/account/login", page.RedirectPath());
    }

    [Fact]
    public async Task AuditPage_WhenSupplier_IsForbidden()
    {
        var client = await factory.SignedInPagesAsync(await factory.CreateUserAsync(Roles.Supplier));

        var response = await client.GetAsync("/organizer/audit", Ct);

        Assert.StartsWith("/account/access-denied", response.RedirectPath());
    }

    [Fact]
    public async Task Entries_WhenTheApplicationTriesToChangeOrRemoveOne_AreRefused()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId);
        await factory.ApproveAsync(eventId, firmId);

        var change = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            var entry = await db.Set<AuditEntry>().SingleAsync(e => e.EventId == eventId, Ct);
            db.Entry(entry).Property(e => e.Details).CurrentValue = "rewritten";
            return await db.SaveChangesAsync(Ct);
        }));
        var remove = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            db.Remove(await db.Set<AuditEntry>().SingleAsync(e => e.EventId == eventId, Ct));
            return await db.SaveChangesAsync(Ct);
        }));
        // Set-based SQL bypasses the change tracker: the database's trigger refuses it.
        await Assert.ThrowsAnyAsync<Exception>(() => factory.WithDbAsync(db =>
            db.Set<AuditEntry>().Where(e => e.EventId == eventId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Details, "rewritten"), Ct)));
        await Assert.ThrowsAnyAsync<Exception>(() => factory.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EventId == eventId).ExecuteDeleteAsync(Ct)));

        Assert.Contains("append-only", change.Message);
        Assert.Contains("append-only", remove.Message);
        var kept = Assert.Single(await EntriesAsync(e => e.EventId == eventId));
        Assert.NotEqual("rewritten", kept.Details);
    }

    private Task<List<AuditEntry>> EntriesAsync(System.Linq.Expressions.Expression<Func<AuditEntry, bool>> where) =>
        factory.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(where).ToListAsync(Ct));

    private Task<Guid> OrganizerIdAsync() =>
        factory.WithDbAsync(db => db.Set<AppUser>().Where(u => u.Email == PlatformFactory.OrganizerEmail).Select(u => u.Id).SingleAsync(Ct));

    private async Task<Guid> AcceptedMeetingAsync(MatchmakingWorld w)
    {
        var created = await (await factory.SignedInAsync(w.Prime.Email)).PostAsJsonAsync($"/api/v1/events/{w.EventId}/meeting-requests", new { firmId = w.Supplier.FirmId, priority = 3 }, Ct);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        (await (await factory.SignedInAsync(w.Supplier.Email)).PostAsync($"/api/v1/events/{w.EventId}/meeting-requests/{id}/accept", null, Ct)).EnsureSuccessStatusCode();
        return id;
    }
}
