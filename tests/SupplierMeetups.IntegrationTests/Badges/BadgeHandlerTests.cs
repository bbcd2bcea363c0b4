using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Exhibition;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Registration;
using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Exhibition.Contracts;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Messaging;

namespace SupplierMeetups.IntegrationTests.Badges;

/// <summary>
/// Badges reacts to Registration's and Exhibition's module events inside the publisher's unit of work: exactly one
/// badge and one badge e-mail per person come with the approval, and a handler that fails takes the whole change back.
/// </summary>
public sealed class BadgeHandlerTests(BadgeHandlerTests.ArmedFactory factory) : IClassFixture<BadgeHandlerTests.ArmedFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The real app plus one more handler of each event, after Badges', that throws while armed.</summary>
    public sealed class ArmedFactory : PlatformFactory
    {
        public FailSwitch Switch { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(Switch);
                services.AddModuleEventHandler<FirmApproved, FailingHandler>();
                services.AddModuleEventHandler<BoothConfirmed, FailingHandler>();
            });
        }
    }

    public sealed class FailSwitch
    {
        public volatile bool Armed;
    }

    private sealed class FailingHandler(FailSwitch failSwitch) : IModuleEventHandler<FirmApproved>, IModuleEventHandler<BoothConfirmed>
    {
        public Task HandleAsync(FirmApproved moduleEvent, CancellationToken cancellationToken) => FailIfArmed();

        public Task HandleAsync(BoothConfirmed moduleEvent, CancellationToken cancellationToken) => FailIfArmed();

        private Task FailIfArmed() => failSwitch.Armed ? throw new InvalidOperationException("A handler failed after Badges staged its changes.") : Task.CompletedTask;
    }

    private sealed record Arranged(Guid EventId, Guid FirmId, HttpClient Contact, string ContactEmail, string PersonEmail);

    private async Task<Arranged> FirmWithOnePersonAsync(string type)
    {
        await factory.SeedEventAsync();
        var eventId = await ExhibitionArrange.EventAsync(await factory.SignedInAsync(PlatformFactory.OrganizerEmail));
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId, type, "İŞBİR Elektrik");
        var contact = await factory.SignedInAsync(email);
        var person = $"temsilci-{Guid.NewGuid():N}@test.local";
        var added = await contact.PostAsJsonAsync($"/api/v1/events/{eventId}/firms/{firmId}/people", new { fullName = "Şükrü Ölçer", email = person }, Ct);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        return new Arranged(eventId, firmId, contact, email, person);
    }

    private Task<List<Badge>> BadgesAsync(Guid eventId) =>
        factory.WithDbAsync(db => db.Set<Badge>().AsNoTracking().Where(b => b.EventId == eventId).ToListAsync(Ct));

    private Task<int> EmailsAsync(string address, string kind) =>
        factory.WithDbAsync(db => db.Set<OutgoingEmail>().CountAsync(m => m.ToAddress == address && m.Kind == kind, Ct));

    private async Task<HttpStatusCode> ApproveAsync(Arranged firm) =>
        (await (await factory.SignedInAsync(PlatformFactory.OrganizerEmail)).PostAsync($"/api/v1/events/{firm.EventId}/firms/{firm.FirmId}/approve", null, Ct)).StatusCode;

    [Fact]
    public async Task Approve_WhenTheFirmNamedOnePerson_SavesExactlyOneBadgeAndOneBadgeEmailWithTheApproval()
    {
        var firm = await FirmWithOnePersonAsync("Supplier");

        var approved = await ApproveAsync(firm);
        var again = await ApproveAsync(firm);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (approved, again));
        var badge = Assert.Single(await BadgesAsync(firm.EventId));
        Assert.Equal((BadgeType.Supplier, "Şükrü Ölçer", "İŞBİR Elektrik"), (badge.Type, badge.PersonName, badge.Organization));
        Assert.Equal(1, await EmailsAsync(firm.PersonEmail, "badge"));
        Assert.Equal(1, await EmailsAsync(firm.ContactEmail, "firm-approved"));
    }

    [Fact]
    public async Task ConfirmBooth_WhenTheExhibitorsPersonHasABadge_PutsTheBoothOnItWithoutASecondBadgeOrEmail()
    {
        var firm = await FirmWithOnePersonAsync("Exhibitor");
        Assert.Equal(HttpStatusCode.OK, await ApproveAsync(firm));
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var (boothId, version) = await ExhibitionArrange.BoothAsync(organizer, firm.EventId, "C-03", 0);

        var confirmed = await organizer.PutAsJsonAsync($"/api/v1/events/{firm.EventId}/booths/{boothId}/assignment", new { firmId = firm.FirmId, version }, Ct);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var badge = Assert.Single(await BadgesAsync(firm.EventId));
        Assert.Equal((BadgeType.Exhibitor, "C-03"), (badge.Type, badge.Booth));
        Assert.Equal(1, await EmailsAsync(firm.PersonEmail, "badge"));
        Assert.Equal(1, await EmailsAsync(firm.ContactEmail, "booth-confirmed"));
    }

    [Fact]
    public async Task Approve_WhenAHandlerFailsAfterBadges_RollsBackTheApprovalTheBadgeAndEveryEmail()
    {
        var firm = await FirmWithOnePersonAsync("Supplier");

        factory.Switch.Armed = true;
        HttpStatusCode status;
        try
        {
            status = await ApproveAsync(firm);
        }
        finally
        {
            factory.Switch.Armed = false;
        }

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        var participation = await factory.WithDbAsync(db => db.Set<SupplierMeetups.Web.Registration.Participation>().AsNoTracking()
            .SingleAsync(p => p.EventId == firm.EventId && p.FirmId == firm.FirmId, Ct));
        Assert.Equal(ParticipationStatus.Pending, participation.Status);
        Assert.Empty(await BadgesAsync(firm.EventId));
        Assert.Equal(0, await EmailsAsync(firm.PersonEmail, "badge"));
        Assert.Equal(0, await EmailsAsync(firm.ContactEmail, "firm-approved"));
        // Nothing half-done is left behind: the same approval succeeds once the handler works.
        Assert.Equal(HttpStatusCode.OK, await ApproveAsync(firm));
        Assert.Single(await BadgesAsync(firm.EventId));
    }

    [Fact]
    public async Task ConfirmBooth_WhenAHandlerFailsAfterBadges_RollsBackTheAssignmentTheBadgesBoothAndTheEmail()
    {
        var firm = await FirmWithOnePersonAsync("Exhibitor");
        Assert.Equal(HttpStatusCode.OK, await ApproveAsync(firm));
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var (boothId, version) = await ExhibitionArrange.BoothAsync(organizer, firm.EventId, "C-04", 0);

        factory.Switch.Armed = true;
        HttpStatusCode status;
        try
        {
            status = (await organizer.PutAsJsonAsync($"/api/v1/events/{firm.EventId}/booths/{boothId}/assignment", new { firmId = firm.FirmId, version }, Ct)).StatusCode;
        }
        finally
        {
            factory.Switch.Armed = false;
        }

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Null(Assert.Single(await BadgesAsync(firm.EventId)).Booth);
        Assert.False(await factory.WithDbAsync(db => db.Set<BoothAssignment>().AnyAsync(a => a.BoothId == boothId, Ct)));
        Assert.Equal(0, await EmailsAsync(firm.ContactEmail, "booth-confirmed"));
    }
}
