using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Email;

namespace SupplierMeetups.IntegrationTests.Registration;

/// <summary>Erasure reaches the outbox: the copies of e-mails to the erased person keep no address, name, subject or body.</summary>
public sealed class ErasureOutboxTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EraseContact_WhenTheOutboxHoldsTheirEmails_ScrubsThemAndCancelsTheUnsent()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        var contactId = await factory.WithDbAsync(db => db.Set<AppUser>().Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct));
        var unsent = await QueueForLaterAsync(email.ToUpperInvariant(), "Ayşe Yılmaz");
        var sentBefore = await RowsToAsync(email);
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        (await organizer.PostAsync($"/api/v1/firms/{firmId}/contacts/{contactId}/erase", null, Ct)).EnsureSuccessStatusCode();

        Assert.Contains(sentBefore, e => e.Id == unsent);
        Assert.Contains(sentBefore, e => e.Id != unsent); // the sign-up's own e-mail
        Assert.Empty(await RowsToAsync(email));
        var scrubbed = await factory.WithDbAsync(db => db.Set<OutgoingEmail>().AsNoTracking().Where(e => sentBefore.Select(s => s.Id).Contains(e.Id) || e.Id == unsent).ToListAsync(Ct));
        Assert.Equal(sentBefore.Count, scrubbed.Count);
        Assert.All(scrubbed, e =>
        {
            Assert.EndsWith("@erased.invalid", e.ToAddress, StringComparison.Ordinal);
            Assert.Equal("Silinmiş kişi", e.ToName);
            Assert.Equal("", e.Subject);
            Assert.Equal("", e.TextBody);
            Assert.Equal("", e.HtmlBody);
            Assert.NotEqual("", e.Kind);
        });
        var cancelled = Assert.Single(scrubbed, e => e.Id == unsent);
        Assert.NotNull(cancelled.CancelledAt);
        Assert.NotNull(cancelled.FailedAt);
        Assert.Null(cancelled.SentAt);
    }

    [Fact]
    public async Task EraseRepresentative_WhenAnEmailToThemIsQueued_CancelsItAndARetryCannotRevive()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        var contact = await factory.SignedInAsync(email);
        var personEmail = $"temsilci-{Guid.NewGuid():N}@test.local";
        var added = await contact.PostAsJsonAsync($"/api/v1/events/{eventId}/firms/{firmId}/people", new { fullName = "Gülşen Öztürk", email = personEmail }, Ct);
        var personId = (await added.JsonAsync()).GetProperty("id").GetGuid();
        var unsent = await QueueForLaterAsync(personEmail, "Gülşen Öztürk");

        (await contact.PostAsync($"/api/v1/firms/{firmId}/people/{personId}/erase", null, Ct)).EnsureSuccessStatusCode();
        var retry = await (await factory.SignedInAsync(PlatformFactory.OrganizerEmail)).PostAsync($"/api/v1/operations/emails/{unsent}/retry", null, Ct);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, retry.StatusCode);
        var row = await factory.WithDbAsync(db => db.Set<OutgoingEmail>().AsNoTracking().SingleAsync(e => e.Id == unsent, Ct));
        Assert.DoesNotContain("Gülşen", row.ToName + row.HtmlBody + row.TextBody);
        Assert.NotNull(row.CancelledAt);
        Assert.NotNull(row.FailedAt);
        Assert.Empty(await RowsToAsync(personEmail));
    }

    /// <summary>An e-mail due only tomorrow, so that no sender takes it before the erasure.</summary>
    private Task<Guid> QueueForLaterAsync(string address, string name) =>
        factory.WithDbAsync(async db =>
        {
            var row = new OutgoingEmail(address, name, $"Merhaba {name}", $"Merhaba {name}", $"<p>Merhaba {name}</p>", "badge", DateTimeOffset.UtcNow.AddDays(1));
            db.Add(row);
            await db.SaveChangesAsync(Ct);
            return row.Id;
        });

    private Task<List<OutgoingEmail>> RowsToAsync(string address) =>
        factory.WithDbAsync(db => db.Set<OutgoingEmail>().AsNoTracking().Where(e => e.ToAddress.ToLower() == address.ToLower()).ToListAsync(Ct));
}
