using System.Net;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Matchmaking;

namespace SupplierMeetups.IntegrationTests.Matchmaking;

public sealed class RequestPageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Catalog_WhenFilteredByAParentCapability_FindsSuppliersWithItsSubCapabilities()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInPagesAsync(w.Prime.Email);

        var page = await (await prime.GetAsync($"/events/{w.EventId}/catalog?Filter.Capability=electronics", Ct)).HtmlAsync();

        var names = page.QuerySelectorAll("[data-testid=results] h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["İŞBİR Elektrik"], names);
    }

    [Theory]
    [InlineData("işbir", "İŞBİR Elektrik")]
    [InlineData("ISIK", "Işık Döküm")]
    [InlineData("ışık döküm", "Işık Döküm")]
    public async Task Catalog_WhenSearchedWithTurkishLetters_FindsTheFirm(string query, string expected)
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInPagesAsync(w.Prime.Email);

        var page = await (await prime.GetAsync($"/events/{w.EventId}/catalog?Filter.Q={Uri.EscapeDataString(query)}", Ct)).HtmlAsync();

        Assert.Equal(expected, Assert.Single(page.QuerySelectorAll("[data-testid=results] h3")).TextContent.Trim());
    }

    [Fact]
    public async Task Catalog_WhenSupplier_IsForbidden()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var supplier = await factory.SignedInPagesAsync(w.Supplier.Email);

        var response = await supplier.GetAsync($"/events/{w.EventId}/catalog", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task RequestForm_WhenPrimeSendsAndSupplierAccepts_TheRequestIsAccepted()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInPagesAsync(w.Prime.Email);
        var supplier = await factory.SignedInPagesAsync(w.Supplier.Email);

        var sent = await prime.PostFormAsync($"/events/{w.EventId}/meetings/new?firmId={w.Supplier.FirmId}",
            new() { ["Input.FirmId"] = w.Supplier.FirmId.ToString(), ["Input.Priority"] = "3", ["Input.Note"] = "Kablo demeti" });
        var id = Assert.Single(await w.RequestsAsync(factory)).Id;
        var accepted = await supplier.PostFormAsync($"/events/{w.EventId}/meetings", new() { ["id"] = id.ToString() }, handler: "Accept");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(RequestStatus.Accepted, Assert.Single(await w.RequestsAsync(factory)).Status);
    }

    [Fact]
    public async Task RequestForm_WhenSentTwice_ShowsTheReasonInEnglishAndSavesNothingMore()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInPagesAsync(w.Prime.Email, "en-US");
        var form = new Dictionary<string, string> { ["Input.FirmId"] = w.Supplier.FirmId.ToString(), ["Input.Priority"] = "2" };
        await prime.PostFormAsync($"/events/{w.EventId}/meetings/new?firmId={w.Supplier.FirmId}", form);

        var again = await prime.PostFormAsync($"/events/{w.EventId}/meetings/new?firmId={w.Supplier.FirmId}", form);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("There is already a meeting request between your firm and İŞBİR Elektrik.", (await again.HtmlAsync()).QuerySelector(".alert.error")?.TextContent);
        Assert.Single(await w.RequestsAsync(factory));
    }

    [Fact]
    public async Task RequestsPage_WhenAnotherSupplierLooks_ShowsNoneOfTheFirstSuppliersRequestsButThePrimesToAsk()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInPagesAsync(w.Prime.Email);
        await prime.PostFormAsync($"/events/{w.EventId}/meetings/new?firmId={w.Supplier.FirmId}", new() { ["Input.FirmId"] = w.Supplier.FirmId.ToString(), ["Input.Priority"] = "3" });
        var other = await factory.SignedInPagesAsync(w.OtherSupplier.Email);

        var page = await (await other.GetAsync($"/events/{w.EventId}/meetings", Ct)).HtmlAsync();
        var own = await (await (await factory.SignedInPagesAsync(w.Supplier.Email)).GetAsync($"/events/{w.EventId}/meetings", Ct)).HtmlAsync();

        Assert.Empty(page.QuerySelectorAll("[data-testid=received] tbody tr"));
        Assert.Single(own.QuerySelectorAll("[data-testid=received] tbody tr"));
        Assert.Contains("ASELSAN", page.QuerySelector("[data-testid=primes]")?.TextContent);
    }

    [Fact]
    public async Task AvailabilityPage_WhenPrimeTicksSlotsAndDesks_SavesThem()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInPagesAsync(w.Prime.Email);

        var saved = await prime.PostFormAsync($"/events/{w.EventId}/availability", new()
        {
            ["Input.UnavailableSlots"] = "D1-01", ["Input.DesksAtOnce"] = "2", ["Input.OwnTables"] = "ASE-1",
        });
        var page = await (await prime.GetAsync($"/events/{w.EventId}/availability", Ct)).HtmlAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(page.QuerySelector("input[name='Input.UnavailableSlots'][value='D1-01']")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector("input[name='Input.OwnTables'][value='ASE-1']")!.HasAttribute("checked"));
        Assert.Equal("2", page.QuerySelector("input[name='Input.DesksAtOnce']")!.GetAttribute("value"));
    }
}
