using System.Net;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Registration;

public sealed class ReviewFirmPageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static string Review(Guid eventId, Guid firmId) => $"/organizer/events/{eventId}/firms/{firmId}/review";

    private Task<ParticipationStatus> StatusAsync(Guid eventId, Guid firmId) =>
        factory.WithDbAsync(db => db.Set<Participation>().Where(p => p.EventId == eventId && p.FirmId == firmId).Select(p => p.Status).SingleAsync(TestContext.Current.CancellationToken));

    [Fact]
    public async Task ReviewPage_WhenOpenedFromTheQueue_ShowsProfileQualificationsPeopleAndDuplicates()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId, shortName: "Gözde Makina");
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var queue = await (await organizer.GetAsync($"/organizer/events/{eventId}/firms/pending", TestContext.Current.CancellationToken)).HtmlAsync();
        var link = queue.QuerySelector($"[data-firm-id='{firmId}'] [data-testid=review-link]")!.GetAttribute("href")!;

        var page = await (await organizer.GetAsync(link, TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Equal(Review(eventId, firmId), link);
        Assert.Equal("Gözde Makina firmasını inceleyin", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Tedarikçi", page.QuerySelector("[data-testid=review-profile]")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid=review-qualifications]"));
        Assert.NotNull(page.QuerySelector("[data-testid=approve]"));
        Assert.Equal(Review(eventId, firmId) + "?reject=true", page.QuerySelector("[data-testid=reject]")!.GetAttribute("href"));
        Assert.DoesNotContain("Supplier", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Approve_WhenFromTheReviewPage_ApprovesAndTheQueueSaysSo()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId, shortName: "Onaylanacak");
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var response = await organizer.PostFormAsync(Review(eventId, firmId), [], handler: "Approve");
        var queue = await (await organizer.GetAsync(response.RedirectPath(), TestContext.Current.CancellationToken)).HtmlAsync();
        var again = await (await organizer.GetAsync(response.RedirectPath(), TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ParticipationStatus.Approved, await StatusAsync(eventId, firmId));
        Assert.Equal("Onaylanacak onaylandı; yetkiliye e-postayla bildirildi, temsilcilere yaka kartları verildi.", queue.QuerySelector("[data-testid=status-message]")!.TextContent);
        Assert.Null(again.QuerySelector("[data-testid=status-message]"));
    }

    [Fact]
    public async Task Reject_WhenAsked_ConfirmsWithAReasonFirstAndThenSaysSo()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId, shortName: "Reddedilecek");
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var step = await (await organizer.GetAsync(Review(eventId, firmId) + "?reject=true", TestContext.Current.CancellationToken)).HtmlAsync();
        var statusAfterStep = await StatusAsync(eventId, firmId);
        var withoutReason = await organizer.PostFormAsync(Review(eventId, firmId) + "?reject=true", new() { ["reason"] = " " }, handler: "Reject");
        var statusWithoutReason = await StatusAsync(eventId, firmId);
        var rejected = await organizer.PostFormAsync(Review(eventId, firmId) + "?reject=true", new() { ["reason"] = "Savunma sanayi ile ilgili faaliyet yok." }, handler: "Reject");
        var queue = await (await organizer.GetAsync(rejected.RedirectPath(), TestContext.Current.CancellationToken)).HtmlAsync();

        Assert.Contains("Reddedilecek reddedilsin mi?", step.QuerySelector("[data-testid=reject-confirm]")!.TextContent);
        Assert.Equal(ParticipationStatus.Pending, statusAfterStep);
        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Contains("Firmaya reddin gerekçesini yazın.", (await withoutReason.HtmlAsync()).QuerySelector("main")!.TextContent);
        Assert.Equal(ParticipationStatus.Pending, statusWithoutReason);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(ParticipationStatus.Rejected, await StatusAsync(eventId, firmId));
        Assert.Equal("Reddedilecek reddedildi; gerekçe yetkiliye e-postayla bildirildi.", queue.QuerySelector("[data-testid=status-message]")!.TextContent);
    }

    [Theory]
    [InlineData(Roles.Prime)]
    [InlineData(Roles.Supplier)]
    [InlineData(Roles.Staff)]
    public async Task ReviewPage_WhenNotOrganizer_IsDenied(string role)
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId);
        var client = await factory.SignedInPagesAsync(await factory.CreateUserAsync(role));

        var response = await client.GetAsync(Review(eventId, firmId), TestContext.Current.CancellationToken);
        var approve = await client.PostFormWithTokenFromAsync("/", Review(eventId, firmId) + "?handler=Approve", []);

        Assert.StartsWith("/account/access-denied", response.RedirectPath());
        Assert.NotEqual(HttpStatusCode.OK, approve.StatusCode);
        Assert.Equal(ParticipationStatus.Pending, await StatusAsync(eventId, firmId));
    }
}
