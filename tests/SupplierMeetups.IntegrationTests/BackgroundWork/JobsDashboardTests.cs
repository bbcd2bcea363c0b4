using System.Net;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.BackgroundWork;

public sealed class JobsDashboardTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Dashboard_WhenAnonymous_SendsToSignInInsteadOfShowingIt()
    {
        var response = await factory.Anonymous().GetAsync("/organizer/jobs", TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized, $"answered {response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
        }
    }

    [Theory]
    [InlineData(Roles.Supplier)]
    [InlineData(Roles.Staff)]
    public async Task Dashboard_WhenNotOrganizer_IsForbidden(string role)
    {
        var client = await factory.SignedInAsync(await factory.CreateUserAsync(role));

        var response = await client.GetAsync("/organizer/jobs/recurring", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_WhenOrganizer_ListsTheRecurringJobs()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var response = await client.GetAsync("/organizer/jobs/recurring", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("email-sweep", body, StringComparison.Ordinal);
        Assert.Contains("request-expiries", body, StringComparison.Ordinal);
        Assert.Contains("email-retention", body, StringComparison.Ordinal);
        Assert.Contains("agenda-reminders", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganizerNavigation_OnAnyPage_LinksToTheDashboard()
    {
        var client = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail, "en-US");

        var page = await (await client.GetAsync("/organizer/operations", TestContext.Current.CancellationToken)).HtmlAsync();

        var links = page.QuerySelectorAll("a[href='/organizer/jobs']").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Scheduled jobs", links);
        Assert.Contains("Scheduled jobs and their runs (Hangfire dashboard)", links);
    }
}
