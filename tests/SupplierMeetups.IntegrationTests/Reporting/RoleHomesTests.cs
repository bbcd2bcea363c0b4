using System.Net;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Registration;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Reporting;

public sealed class RoleHomesTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData("/organizer/dashboard", Roles.Prime)]
    [InlineData("/organizer/dashboard", Roles.Supplier)]
    [InlineData("/organizer/dashboard", Roles.Visitor)]
    [InlineData("/organizer/dashboard", Roles.Staff)]
    [InlineData("/my/event", Roles.Organizer)]
    [InlineData("/my/event", Roles.Visitor)]
    public async Task RoleHome_WhenSignedInAsAnotherRole_IsDenied(string path, string role)
    {
        var client = await factory.SignedInPagesAsync(await factory.CreateUserAsync(role));

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.RedirectPath());
    }

    [Theory]
    [InlineData("/organizer/dashboard")]
    [InlineData("/my/event")]
    public async Task RoleHome_WhenAnonymous_AsksToSignIn(string path)
    {
        var response = await factory.Anonymous().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.RedirectPath());
    }

    [Fact]
    public async Task Dashboard_WhenFirmsWaitForReview_CountsThemAndLinksToTheQueue()
    {
        var eventId = await RegistrationSeed.EventAsync(factory, over: true);
        await RegistrationSeed.FirmAsync(factory, eventId, "Bekleyen Bir", status: ParticipationStatus.Pending);
        await RegistrationSeed.FirmAsync(factory, eventId, "Bekleyen İki", status: ParticipationStatus.Pending);
        await RegistrationSeed.FirmAsync(factory, eventId, "Onaylı Üç");
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var page = await (await organizer.GetAsync($"/organizer/dashboard?eventId={eventId}", TestContext.Current.CancellationToken)).HtmlAsync();

        var review = page.QuerySelector("[data-testid=count-review]")!;
        Assert.Equal("2 firma onay bekliyor", review.TextContent.Trim());
        Assert.Equal($"/organizer/events/{eventId}/firms/pending", review.GetAttribute("href"));
        Assert.Contains("Onay bekleyen 2 firmayı inceleyin", page.QuerySelector("[data-testid=next-actions]")!.TextContent);
        Assert.Contains("Bu etkinlik sona erdi.", page.QuerySelector("[data-testid=event-over]")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("[data-testid=manage-links] a"), a => a.GetAttribute("href") == $"/organizer/events/{eventId}/schedule");
    }

    [Fact]
    public async Task MyEvent_WhenSupplierAwaitsApproval_ShowsTheChecklistButNoMeetingLinks()
    {
        var eventId = await RegistrationSeed.EventAsync(factory);
        var email = await factory.CreateUserAsync(Roles.Supplier);
        var firmId = await RegistrationSeed.FirmAsync(factory, eventId, "Bekleyen Tedarikçi", status: ParticipationStatus.Pending, contactEmail: email);
        var supplier = await factory.SignedInPagesAsync(email);

        var page = await (await supplier.GetAsync("/my/event", TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Contains("Bekleyen Tedarikçi", page.QuerySelector("[data-testid=my-event]")!.TextContent);
        var steps = page.QuerySelectorAll("[data-testid=checklist] li").Select(li => li.GetAttribute("data-step")).ToList();
        Assert.Equal(["profile", "qualifications", "people"], steps);
        Assert.Equal($"/firms/{firmId}/edit", page.QuerySelector("[data-step=profile] a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("[data-testid=matchmaking-closed]"));
        Assert.Null(page.QuerySelector("[data-testid=firm-links]"));
    }

    [Fact]
    public async Task MyEvent_WhenPrimeIsApproved_LinksCatalogNeedsRequestsAndAgenda()
    {
        var eventId = await RegistrationSeed.EventAsync(factory);
        var email = await factory.CreateUserAsync(Roles.Prime);
        await RegistrationSeed.FirmAsync(factory, eventId, "Ana Sanayi", type: ParticipationType.Prime, contactEmail: email);
        var prime = await factory.SignedInPagesAsync(email);

        var page = await (await prime.GetAsync("/my/event", TestContext.Current.CancellationToken)).HtmlAsync();

        var links = page.QuerySelectorAll("[data-testid=firm-links] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/events/{eventId}/catalog", $"/events/{eventId}/needs", $"/events/{eventId}/meetings", $"/events/{eventId}/agenda", $"/events/{eventId}/availability", $"/checkin/events/{eventId}/meetings", $"/my/events/{eventId}/leads"], links);
        Assert.Equal(["profile", "qualifications", "people", "needs", "agenda"], page.QuerySelectorAll("[data-testid=checklist] li").Select(li => li.GetAttribute("data-step")).ToList());
        Assert.NotNull(page.QuerySelector("nav [data-testid=nav-my-event]"));
        Assert.Null(page.QuerySelector("nav [data-testid=nav-dashboard]"));
    }

    [Fact]
    public async Task MyEvent_WhenTheAccountHasNoFirm_SaysHowToRegister()
    {
        var supplier = await factory.SignedInPagesAsync(await factory.CreateUserAsync(Roles.Supplier));

        var response = await supplier.GetAsync("/my/event", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.HtmlAsync()).QuerySelector("[data-testid=no-registration]"));
    }
}
