using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.Matchmaking;

public sealed class NeedTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Need_WhenPublished_RanksSuppliersByFitWithReasons_AndMatchingSuppliersSeeIt()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email, "en-US");
        var created = await prime.PostAsJsonAsync($"/api/v1/events/{w.EventId}/needs", new
        {
            titleTr = "Elektronik kart dizgi", titleEn = "PCB assembly", capabilities = new[] { "electronics" }, qualifications = new[] { "msb" },
        }, Ct);
        var needId = (await created.JsonAsync()).GetProperty("id").GetString();

        var ranked = await prime.GetFromJsonAsync<JsonElement>($"/api/v1/events/{w.EventId}/needs/{needId}/recommendations", Ct);
        var supplierView = await (await factory.SignedInAsync(w.Supplier.Email, "en-US")).GetFromJsonAsync<JsonElement>($"/api/v1/events/{w.EventId}/needs/matching", Ct);
        var otherView = await (await factory.SignedInAsync(w.OtherSupplier.Email)).GetFromJsonAsync<JsonElement>($"/api/v1/events/{w.EventId}/needs/matching", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var fit = Assert.Single(ranked.EnumerateArray());
        Assert.Equal("İŞBİR Elektrik", fit.GetProperty("firm").GetString());
        Assert.Equal("electronics", fit.GetProperty("matchedCapabilities")[0].GetString());
        Assert.Equal("msb", fit.GetProperty("missingQualifications")[0].GetString());
        Assert.Equal("PCB assembly", Assert.Single(supplierView.EnumerateArray()).GetProperty("need").GetProperty("title").GetString());
        Assert.Equal(0, otherView.GetArrayLength());
    }

    [Fact]
    public async Task Need_WhenCapabilityUnknown_IsRefusedAndNothingSaved()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);

        var response = await prime.PostAsJsonAsync($"/api/v1/events/{w.EventId}/needs", new { titleTr = "X", capabilities = new[] { "teleportation" } }, Ct);
        var list = await prime.GetFromJsonAsync<JsonElement>($"/api/v1/events/{w.EventId}/needs", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, list.GetArrayLength());
    }

    [Fact]
    public async Task Recommendations_WhenAnotherPrimeAsks_AreNotFound_AndSuppliersCannotPublish()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInAsync(w.Prime.Email);
        var needId = (await (await prime.PostAsJsonAsync($"/api/v1/events/{w.EventId}/needs", new { titleTr = "Döküm" }, Ct)).JsonAsync()).GetProperty("id").GetString();

        var otherPrime = await (await factory.SignedInAsync(w.OtherPrime.Email)).GetAsync($"/api/v1/events/{w.EventId}/needs/{needId}/recommendations", Ct);
        var supplier = await (await factory.SignedInAsync(w.Supplier.Email)).PostAsJsonAsync($"/api/v1/events/{w.EventId}/needs", new { titleTr = "X" }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, otherPrime.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, supplier.StatusCode);
    }
}
