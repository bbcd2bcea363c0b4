using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Matchmaking;

namespace SupplierMeetups.IntegrationTests.Matchmaking;

public sealed class ScheduleTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> AcceptedAsync(MatchmakingWorld w, WorldFirm prime, WorldFirm supplier, int priority = 3)
    {
        var primeClient = await factory.SignedInAsync(prime.Email);
        var supplierClient = await factory.SignedInAsync(supplier.Email);
        var created = await primeClient.PostAsJsonAsync($"/api/v1/events/{w.EventId}/meeting-requests", new { firmId = supplier.FirmId, priority }, Ct);
        var id = (await created.JsonAsync()).GetProperty("id").GetString();
        (await supplierClient.PostAsync($"/api/v1/events/{w.EventId}/meeting-requests/{id}/accept", null, Ct)).EnsureSuccessStatusCode();
        return Guid.Parse(id!);
    }

    private async Task<(HttpClient Client, JsonElement Schedule)> DraftAsync(MatchmakingWorld w)
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var response = await organizer.PostAsync($"/api/v1/events/{w.EventId}/schedule/draft", null, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (organizer, await response.JsonAsync());
    }

    [Fact]
    public async Task Agenda_WhenTheCounterpartHasAConfirmedBooth_ShowsItAndNotAHeldOne()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await MatchmakingWorld.ChangeAsync(factory, db =>
        {
            var confirmed = new Web.Exhibition.Booths.Booth { EventId = w.EventId, HallName = "A Salonu", Code = "B-07", Width = 3, Depth = 3 };
            var held = new Web.Exhibition.Booths.Booth { EventId = w.EventId, HallName = "A Salonu", Code = "A-01", Width = 3, Depth = 3, X = 10 };
            db.AddRange(confirmed, held,
                new Web.Exhibition.Booths.BoothAssignment { EventId = w.EventId, BoothId = confirmed.Id, FirmId = w.Supplier.FirmId },
                new Web.Exhibition.Booths.BoothAssignment { EventId = w.EventId, BoothId = held.Id, FirmId = w.Supplier.FirmId, HeldUntil = DateTimeOffset.UtcNow.AddDays(1) });
            return Task.CompletedTask;
        });
        await AcceptedAsync(w, w.Prime, w.Supplier);
        var (organizer, draft) = await DraftAsync(w);
        (await organizer.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/publish", new { version = draft.GetProperty("version").GetGuid() }, Ct)).EnsureSuccessStatusCode();

        var primeAgenda = await (await factory.SignedInAsync(w.Prime.Email)).GetFromJsonAsync<JsonElement>($"/api/v1/events/{w.EventId}/agenda", Ct);
        var supplierAgenda = await (await factory.SignedInAsync(w.Supplier.Email)).GetFromJsonAsync<JsonElement>($"/api/v1/events/{w.EventId}/agenda", Ct);

        Assert.Equal("B-07", Assert.Single(primeAgenda.GetProperty("meetings").EnumerateArray()).GetProperty("counterpartBooth").GetString());
        Assert.Equal(JsonValueKind.Null, Assert.Single(supplierAgenda.GetProperty("meetings").EnumerateArray()).GetProperty("counterpartBooth").ValueKind);
    }

    [Fact]
    public async Task DraftAndPublish_WhenRequestsAccepted_BothFirmsSeeTheSameMeetingAndAreTold()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await AcceptedAsync(w, w.Prime, w.Supplier);
        var (organizer, draft) = await DraftAsync(w);
        var mailsBefore = factory.MailFiles().Count;

        var beforePublish = await (await factory.SignedInAsync(w.Supplier.Email)).GetFromJsonAsync<JsonElement>($"/api/v1/events/{w.EventId}/agenda", Ct);
        var published = await organizer.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/publish", new { version = draft.GetProperty("version").GetGuid() }, Ct);
        var primeAgenda = await (await factory.SignedInAsync(w.Prime.Email)).GetFromJsonAsync<JsonElement>($"/api/v1/events/{w.EventId}/agenda", Ct);
        var supplierAgenda = await (await factory.SignedInAsync(w.Supplier.Email)).GetFromJsonAsync<JsonElement>($"/api/v1/events/{w.EventId}/agenda", Ct);

        Assert.Equal(0, beforePublish.GetProperty("meetings").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var p = Assert.Single(primeAgenda.GetProperty("meetings").EnumerateArray());
        var s = Assert.Single(supplierAgenda.GetProperty("meetings").EnumerateArray());
        Assert.Equal(p.GetProperty("slot").GetString(), s.GetProperty("slot").GetString());
        Assert.Equal(p.GetProperty("table").GetString(), s.GetProperty("table").GetString());
        Assert.Equal("İŞBİR Elektrik", p.GetProperty("counterpart").GetString());
        Assert.Equal("ASELSAN", s.GetProperty("counterpart").GetString());
        await Eventually.TrueAsync(() => factory.MailFiles().Count >= mailsBefore + 2, TimeSpan.FromSeconds(20), "agenda e-mails");
        await Eventually.TrueAsync(() => AgendaMailTo(w.Supplier.Email) is not null, TimeSpan.FromSeconds(20), "no agenda e-mail to the supplier");
        var supplierMail = AgendaMailTo(w.Supplier.Email)!;
        using var pdfs = new SupplierMeetups.UnitTests.Support.PdfInspector();
        var agendaText = await pdfs.TextAsync(supplierMail.Attachments.Single(a => a.Name == "agenda.pdf").Content);
        var calendar = System.Text.Encoding.UTF8.GetString(supplierMail.Attachments.Single(a => a.Name == "agenda.ics").Content);
        Assert.Contains("ASELSAN", agendaText);
        Assert.Contains(s.GetProperty("table").GetString()!, agendaText);
        var meeting = Assert.Single(Ical.Net.Calendar.Load(calendar)!.Events);
        AssertAtSlotInIstanbul(meeting, s);
        Assert.Equal("ASELSAN ile görüşme", meeting.Summary);
        Assert.Contains("TÜYAP", meeting.Location, StringComparison.Ordinal);
    }

    /// <summary>The calendar's instants, read in the venue's zone, are the published slot's wall-clock times.</summary>
    private static void AssertAtSlotInIstanbul(Ical.Net.CalendarComponents.CalendarEvent meeting, JsonElement item)
    {
        var date = DateOnly.Parse(item.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var start = TimeOnly.Parse(item.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var end = TimeOnly.Parse(item.GetProperty("end").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(date.ToDateTime(start), meeting.DtStart!.ToTimeZone("Europe/Istanbul").Value);
        Assert.Equal(date.ToDateTime(end), meeting.DtEnd!.ToTimeZone("Europe/Istanbul").Value);
    }

    [Fact]
    public async Task Reminders_OnTheDayBeforeTheMeetings_SendEachFirmItsAgendaOnce()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await AcceptedAsync(w, w.Prime, w.Supplier);
        var (organizer, draft) = await DraftAsync(w);
        (await organizer.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/publish", new { version = draft.GetProperty("version").GetGuid() }, Ct)).EnsureSuccessStatusCode();
        // The world's meeting day is 6 May 2030 in Istanbul (UTC+3).
        var tooEarly = new DateTimeOffset(2030, 5, 5, 5, 0, 0, TimeSpan.Zero);   // 08:00 at the venue
        var dayBefore = new DateTimeOffset(2030, 5, 5, 15, 0, 0, TimeSpan.Zero); // 18:00 at the venue

        int early, first, second;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var reminders = scope.ServiceProvider.GetRequiredService<SupplierMeetups.Web.Matchmaking.Reminders.AgendaReminders>();
            early = await reminders.SendDueAsync(tooEarly, Ct);
            first = await reminders.SendDueAsync(dayBefore, Ct);
            second = await reminders.SendDueAsync(dayBefore.AddHours(1), Ct);
        }
        await Eventually.TrueAsync(() => RemindersTo(w.Supplier.Email).Count == 1 && RemindersTo(w.Prime.Email).Count == 1, TimeSpan.FromSeconds(30), "the reminders were not sent");

        Assert.Equal(0, early);
        Assert.True(first >= 2, $"{first} reminders"); // the class's other tests have meetings on the same day too
        Assert.Equal(0, second);
        var reminder = RemindersTo(w.Supplier.Email).Single();
        Assert.Equal("Yarın Test Buluşmaları görüşmeleriniz", reminder.Subject);
        using var pdfs = new SupplierMeetups.UnitTests.Support.PdfInspector();
        Assert.Contains("ASELSAN", await pdfs.TextAsync(reminder.Attachments.Single(a => a.Name == "agenda.pdf").Content));
    }

    private Eml? AgendaMailTo(string email) =>
        factory.MailFiles().Select(Eml.Read).FirstOrDefault(m => m.To.Contains(email, StringComparison.OrdinalIgnoreCase) && m.Attachments.Any(a => a.Name == "agenda.pdf"));

    private List<Eml> RemindersTo(string email) =>
        factory.MailFiles().Select(Eml.Read).Where(m => m.To.Contains(email, StringComparison.OrdinalIgnoreCase) && m.Subject.StartsWith("Yarın", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task Draft_WhenPrimeOwnsADesk_PlacesItsMeetingsThere()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);
        (await prime.PutAsJsonAsync($"/api/v1/events/{w.EventId}/availability", new { desksAtOnce = 1, ownTables = new[] { "ASE-1" } }, Ct)).EnsureSuccessStatusCode();
        await AcceptedAsync(w, w.Prime, w.Supplier);
        await AcceptedAsync(w, w.Prime, w.OtherSupplier);

        var (_, draft) = await DraftAsync(w);

        var meetings = draft.GetProperty("meetings").EnumerateArray().ToList();
        Assert.Equal(2, meetings.Count);
        Assert.All(meetings, m => Assert.Equal("ASE-1", m.GetProperty("table").GetString()));
        Assert.NotEqual(meetings[0].GetProperty("slot").GetString(), meetings[1].GetProperty("slot").GetString());
    }

    [Fact]
    public async Task Review_WhenSupplierCannotBePlaced_FlagsItWithTheEnginesReason()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await AcceptedAsync(w, w.Prime, w.Supplier);
        await MatchmakingWorld.ChangeAsync(factory, db =>
        {
            db.Add(new Web.Matchmaking.Availability.FirmAvailability { EventId = w.EventId, ParticipationId = w.Prime.ParticipationId, UnavailableSlots = ["D1-01", "D1-02"] });
            db.Add(new Web.Matchmaking.Availability.FirmAvailability { EventId = w.EventId, ParticipationId = w.Supplier.ParticipationId, UnavailableSlots = ["D1-03", "D1-04"] });
            return Task.CompletedTask;
        });

        var (_, draft) = await DraftAsync(w);

        var supplier = draft.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("firm").GetString() == "İŞBİR Elektrik");
        Assert.True(supplier.GetProperty("flagged").GetBoolean());
        Assert.Contains("never available in the same slot", supplier.GetProperty("unscheduled")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Publish_WhenTwoOrganizersPublishTheSameDraftAtOnce_OneWinsAndTheOtherIsTold()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await AcceptedAsync(w, w.Prime, w.Supplier);
        var (organizer, draft) = await DraftAsync(w);
        var second = await factory.SignedInAsync(await factory.CreateUserAsync("Organizer"));
        var version = draft.GetProperty("version").GetGuid();

        var answers = await Task.WhenAll(
            organizer.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/publish", new { version }, Ct),
            second.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/publish", new { version }, Ct));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        var lost = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("Başka bir organizatör", (await lost.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Move_WhenTheTargetBreaksARule_IsRefusedWithTheReason_AndSwapWorks()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var first = await AcceptedAsync(w, w.Prime, w.Supplier);
        var second = await AcceptedAsync(w, w.Prime, w.OtherSupplier);
        var (organizer, draft) = await DraftAsync(w);
        var placed = draft.GetProperty("meetings").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetGuid());
        var secondSlot = placed[second].GetProperty("slot").GetString();

        var clash = await organizer.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/move", new { meetingId = first, slot = secondSlot, table = "T02" }, Ct);
        var unknown = await organizer.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/move", new { meetingId = first, slot = "D9-01", table = "T02" }, Ct);
        var swapped = await organizer.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/swap", new { first, second }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        // Reasons name the slot as the venue's clock reads it ("6 Mayıs 10:20"), not by its code.
        Assert.Matches(@"^ASELSAN firmasının \d+ \p{L}+ \d{2}:\d{2} saatinde başka bir görüşmesi var\.$", (await clash.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, swapped.StatusCode);
        var after = (await swapped.JsonAsync()).GetProperty("meetings").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetGuid());
        Assert.Equal(secondSlot, after[first].GetProperty("slot").GetString());
    }

    [Fact]
    public async Task Cancel_WhenMeetingPublished_FreesTheSlotForTheNextRun_AndOnlyChangedFirmsAreTold()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await MatchmakingWorld.ChangeAsync(factory, db =>
        {
            // The prime can meet in one slot only, so a waiting request can get in only when a meeting leaves.
            db.Add(new Web.Matchmaking.Availability.FirmAvailability { EventId = w.EventId, ParticipationId = w.Prime.ParticipationId, UnavailableSlots = ["D1-02", "D1-03", "D1-04"] });
            return Task.CompletedTask;
        });
        var kept = await AcceptedAsync(w, w.Prime, w.Supplier);
        var (organizer, draft) = await DraftAsync(w);
        await organizer.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/publish", new { version = draft.GetProperty("version").GetGuid() }, Ct);
        var waiting = await AcceptedAsync(w, w.Prime, w.OtherSupplier);
        var (_, full) = await DraftAsync(w);
        Assert.Equal(1, full.GetProperty("scheduled").GetInt32());

        var cancelled = await (await factory.SignedInAsync(w.Supplier.Email)).PostAsync($"/api/v1/events/{w.EventId}/meeting-requests/{kept}/cancel", null, Ct);
        await Eventually.TrueAsync(() => MailsTo(w.Supplier.Email) == 3, TimeSpan.FromSeconds(20), "the request received, published and cancelled e-mails");
        var (_, refilled) = await DraftAsync(w);
        var earlier = factory.MailFiles().ToHashSet();
        var mails = earlier.Count;
        await organizer.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/publish", new { version = refilled.GetProperty("version").GetGuid() }, Ct);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var meeting = Assert.Single(refilled.GetProperty("meetings").EnumerateArray());
        Assert.Equal(waiting, meeting.GetProperty("id").GetGuid());
        Assert.Equal("D1-01", meeting.GetProperty("slot").GetString());
        var rows = await w.RequestsAsync(factory);
        Assert.Equal(RequestStatus.Cancelled, rows.Single(r => r.Id == kept).Status);
        // Prime and the new supplier are told; İŞBİR, whose agenda did not change at this publish, is not.
        await Eventually.TrueAsync(() => factory.MailFiles().Count >= mails + 2, TimeSpan.FromSeconds(20), "agenda e-mails");
        var recipients = factory.MailFiles().Where(f => !earlier.Contains(f)).Select(f => Eml.Read(f).To).ToList();
        Assert.DoesNotContain(recipients, to => to.Contains(w.Supplier.Email, StringComparison.OrdinalIgnoreCase));
    }

    private int MailsTo(string email) =>
        factory.MailFiles().Count(f => Eml.Read(f).To.Contains(email, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("Prime")]
    [InlineData("Supplier")]
    [InlineData("Visitor")]
    public async Task Schedule_WhenNotOrganizer_IsForbidden(string role)
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var client = await factory.SignedInAsync(await factory.CreateUserAsync(role));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/v1/events/{w.EventId}/schedule/draft", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/publish", new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/swap", new { first = Guid.NewGuid(), second = Guid.NewGuid() }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/events/{w.EventId}/schedule", Ct)).StatusCode);
    }

    [Fact]
    public async Task Schedule_WhenAnonymous_Answers401()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Anonymous().PostAsync($"/api/v1/events/{w.EventId}/schedule/draft", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Anonymous().GetAsync($"/api/v1/events/{w.EventId}/agenda", Ct)).StatusCode);
    }

    [Fact]
    public async Task AgendaIcs_WhenPublished_IsAFoldedUtcCalendarWithStableUids()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await AcceptedAsync(w, w.Prime, w.Supplier);
        var (organizer, draft) = await DraftAsync(w);
        await organizer.PostAsJsonAsync($"/api/v1/events/{w.EventId}/schedule/publish", new { version = draft.GetProperty("version").GetGuid() }, Ct);
        var supplier = await factory.SignedInAsync(w.Supplier.Email);

        var first = await supplier.GetAsync($"/api/v1/events/{w.EventId}/agenda.ics", Ct);
        var text = await first.Content.ReadAsStringAsync(Ct);
        var again = await supplier.GetStringAsync($"/api/v1/events/{w.EventId}/agenda.ics", Ct);

        Assert.Equal("text/calendar", first.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Matches(@"DTSTART:2030050\dT0[67]\d{4}Z", text);
        var uid = text.Split("\r\n").Single(l => l.StartsWith("UID:", StringComparison.Ordinal));
        Assert.Contains(uid, again);
        var meeting = Assert.Single(Ical.Net.Calendar.Load(text)!.Events);
        var item = Assert.Single((await supplier.GetFromJsonAsync<JsonElement>($"/api/v1/events/{w.EventId}/agenda", Ct)).GetProperty("meetings").EnumerateArray());
        AssertAtSlotInIstanbul(meeting, item);
        Assert.Equal("ASELSAN ile görüşme", meeting.Summary);
        Assert.Equal(Assert.Single(Ical.Net.Calendar.Load(again)!.Events).Uid, meeting.Uid);
    }
}
