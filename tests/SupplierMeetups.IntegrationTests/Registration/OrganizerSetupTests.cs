using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Registration;

public sealed class OrganizerSetupTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task InvitePrime_WhenOrganizer_CreatesAnApprovedPrimeParticipationAndMailsThePasswordLink()
    {
        var eventId = await factory.SeedEventAsync();
        var vkn = RegistrationScenario.NewTaxNumber();
        var email = $"roketsan-{Guid.NewGuid():N}@test.local";
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var fields = RegistrationScenario.FirmForm(vkn, email, shortName: "ROKETSAN");
        fields["Input.ContactFullName"] = "Selin Aydın";
        fields.Remove("Input.Type");

        var response = await organizer.PostFormAsync($"/organizer/events/{eventId}/primes/invite", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (participation, roles, mails) = await factory.WithDbAsync(async db =>
        {
            var firm = await db.Set<Firm>().SingleAsync(f => f.TaxNumber == vkn, TestContext.Current.CancellationToken);
            var p = await db.Set<Participation>().SingleAsync(x => x.FirmId == firm.Id, TestContext.Current.CancellationToken);
            var r = await (from ur in db.Set<IdentityUserRole<Guid>>() join role in db.Set<IdentityRole<Guid>>() on ur.RoleId equals role.Id where ur.UserId == p.ContactUserId select role.Name).ToListAsync(TestContext.Current.CancellationToken);
            var m = await db.Set<OutgoingEmail>().CountAsync(o => o.ToAddress == email && o.Kind == "prime-invitation", TestContext.Current.CancellationToken);
            return (p, r, m);
        });
        Assert.Equal((ParticipationType.Prime, ParticipationStatus.Approved), (participation.Type, participation.Status));
        Assert.Equal([Roles.Prime], roles);
        Assert.Equal(1, mails);
    }

    [Fact]
    public async Task InvitePrime_WhenSupplier_Answers403()
    {
        var (_, email) = await factory.RegisterSupplierAsync(await factory.SeedEventAsync());

        var response = await (await factory.SignedInAsync(email)).GetAsync($"/organizer/events/{Guid.NewGuid()}/primes/invite", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PeopleLimits_WhenOrganizerSetsThem_ApplyToTheEvent()
    {
        var eventId = await factory.SeedEventAsync();
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var response = await organizer.PostFormAsync($"/organizer/events/{eventId}/people-limits", new() { ["Input.Exhibitor"] = "5", ["Input.Supplier"] = "3", ["Input.Prime"] = "8" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var limits = await factory.WithDbAsync(db => db.Set<PeopleLimits>().SingleAsync(l => l.EventId == eventId, TestContext.Current.CancellationToken));
        Assert.Equal((5, 3, 8), (limits.Exhibitor, limits.Supplier, limits.Prime));
    }

    [Fact]
    public async Task PeopleLimits_WhenSupplier_Answers403()
    {
        var eventId = await factory.SeedEventAsync();
        var (_, email) = await factory.RegisterSupplierAsync(eventId);

        var response = await (await factory.SignedInAsync(email)).GetAsync($"/organizer/events/{eventId}/people-limits", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task EventPage_LinksToTheFirmSignUpAndForOrganizersToTheReviewQueue()
    {
        var eventId = await factory.SeedEventAsync();

        var anonymous = await (await factory.Anonymous().GetAsync($"/events/{eventId}", TestContext.Current.CancellationToken)).HtmlAsync();
        var organizer = await (await (await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail)).GetAsync($"/events/{eventId}", TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.NotNull(anonymous.QuerySelector($"a[href='/events/{eventId}/register-firm']"));
        Assert.Null(anonymous.QuerySelector($"a[href='/organizer/events/{eventId}/firms/pending']"));
        Assert.NotNull(organizer.QuerySelector($"a[href='/organizer/events/{eventId}/firms/pending']"));
    }
}
