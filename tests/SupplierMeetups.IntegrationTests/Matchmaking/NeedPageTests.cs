using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Matchmaking.Needs;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Matchmaking;

public sealed class NeedPageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NeedForm_WhenPrimePublishes_RecommendationsExplainTheFitInTurkishWithLinks()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInPagesAsync(w.Prime.Email);

        var posted = await prime.PostFormAsync($"/events/{w.EventId}/needs", new()
        {
            ["Input.TitleTr"] = "Elektronik kart dizgi", ["Input.TitleEn"] = "PCB assembly", ["Input.DescriptionTr"] = "Seri üretim için",
            ["Input.Capabilities"] = "electronics", ["Input.Qualifications"] = "msb",
        });
        var page = await (await prime.GetAsync(posted.Headers.Location!.OriginalString, Ct)).HtmlAsync();

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var need = Assert.Single(await NeedsAsync(w));
        Assert.Equal(["electronics"], need.Capabilities);
        Assert.Equal("Elektronik kart dizgi", page.QuerySelector("h1")?.TextContent.Trim());
        var card = Assert.Single(page.QuerySelectorAll("[data-testid=recommendations] > li"));
        Assert.Equal("İŞBİR Elektrik", card.QuerySelector("h3")?.TextContent.Trim());
        Assert.Equal("electronics", card.QuerySelector("[data-testid=matched-capabilities]")?.TextContent.Trim());
        Assert.Equal("MSB onaylı tedarikçi", card.QuerySelector("[data-testid=missing-qualifications]")?.TextContent.Trim());
        Assert.Equal($"/events/{w.EventId}/catalog/{w.Supplier.FirmId}", card.QuerySelector("[data-testid=profile-link]")?.GetAttribute("href"));
        Assert.Equal($"/events/{w.EventId}/meetings/new?firmId={w.Supplier.FirmId}", card.QuerySelector("[data-testid=request-meeting]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("tr-TR", "Başlık (Türkçe) zorunludur.")]
    [InlineData("en-US", "Title (Turkish) is required.")]
    public async Task NeedForm_WhenTitleMissing_ShowsTheErrorInTheUsersLanguageAndSavesNothing(string language, string error)
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInPagesAsync(w.Prime.Email, language);

        var response = await prime.PostFormAsync($"/events/{w.EventId}/needs", new() { ["Input.TitleTr"] = "", ["Input.Capabilities"] = "electronics" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(error, (await response.HtmlAsync()).QuerySelector("form[data-testid=need-form]")?.TextContent);
        Assert.Empty(await NeedsAsync(w));
    }

    [Fact]
    public async Task NeedForm_WhenCapabilityUnknown_SaysSoAndSavesNothing()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var prime = await factory.SignedInPagesAsync(w.Prime.Email, "en-US");

        var response = await prime.PostFormAsync($"/events/{w.EventId}/needs", new() { ["Input.TitleTr"] = "Işınlama", ["Input.Capabilities"] = "teleportation" });

        Assert.Contains("teleportation is not a capability of the taxonomy.", (await response.HtmlAsync()).QuerySelector(".alert.error")?.TextContent);
        Assert.Empty(await NeedsAsync(w));
    }

    [Fact]
    public async Task MatchingPage_WhenSupplierFitsANeed_ExplainsTheFitInEnglishWithALinkToAskThePrime()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        await PublishAsync(w, new { titleTr = "Kart dizgi", titleEn = "PCB assembly", capabilities = new[] { "pcb-assembly", "casting" }, qualifications = new[] { "yeten", "cert:AQAP-2110" } });
        var supplier = await factory.SignedInPagesAsync(w.Supplier.Email, "en-US");

        var page = await (await supplier.GetAsync($"/events/{w.EventId}/needs/matching", Ct)).HtmlAsync();
        var other = await (await (await factory.SignedInPagesAsync(w.OtherSupplier.Email)).GetAsync($"/events/{w.EventId}/needs/matching", Ct)).HtmlAsync();
        var requests = await (await supplier.GetAsync($"/events/{w.EventId}/meetings", Ct)).HtmlAsync();

        var card = Assert.Single(page.QuerySelectorAll("[data-testid=matches] > li"));
        Assert.Equal("PCB assembly", card.QuerySelector("[data-testid=need-title]")?.TextContent.Trim());
        Assert.Contains("ASELSAN", card.QuerySelector("h3")?.TextContent);
        Assert.Equal("pcb-assembly", card.QuerySelector("[data-testid=matched-capabilities]")?.TextContent.Trim());
        Assert.Equal("casting", card.QuerySelector("[data-testid=missing-capabilities]")?.TextContent.Trim());
        Assert.Equal("Registered in YETEN, AQAP-2110 certificate", card.QuerySelector("[data-testid=missing-qualifications]")?.TextContent.Trim());
        Assert.Equal($"/events/{w.EventId}/meetings/new?firmId={w.Prime.FirmId}", card.QuerySelector("[data-testid=request-meeting]")?.GetAttribute("href"));
        // Işık Döküm has casting, so it fits too; a need naming only what it lacks would not show.
        Assert.Single(other.QuerySelectorAll("[data-testid=matches] > li"));
        Assert.Equal($"/events/{w.EventId}/needs/matching", requests.QuerySelector("[data-testid=matching-needs-link]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task NeedsPage_WhenOrganizer_ReadsEveryPrimesNeedsButCannotPublish()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var needId = await PublishAsync(w, new { titleTr = "Döküm parça" });
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);

        var list = await organizer.GetAsync($"/events/{w.EventId}/needs", Ct);
        var recommendations = await organizer.GetAsync($"/events/{w.EventId}/needs/{needId}", Ct);
        var publish = await organizer.PostFormWithTokenFromAsync($"/organizer/events/{w.EventId}/schedule", $"/events/{w.EventId}/needs", new() { ["Input.TitleTr"] = "Organizatör ihtiyacı" });

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("Döküm parça", (await list.HtmlAsync()).QuerySelector("[data-testid=needs]")?.TextContent);
        Assert.Null((await list.HtmlAsync()).QuerySelector("[data-testid=need-form]"));
        Assert.Equal(HttpStatusCode.OK, recommendations.StatusCode);
        Assert.StartsWith("/account/access-denied", publish.RedirectPath());
        Assert.Single(await NeedsAsync(w));
    }

    [Theory]
    [InlineData("/events/{0}/needs", "supplier")]
    [InlineData("/events/{0}/needs/{1}", "supplier")]
    [InlineData("/events/{0}/needs/{1}/edit", "supplier")]
    [InlineData("/events/{0}/needs/matching", "prime")]
    [InlineData("/events/{0}/needs", "visitor")]
    [InlineData("/events/{0}/needs/matching", "visitor")]
    [InlineData("/events/{0}/needs/{1}/edit", "organizer")]
    public async Task NeedPages_WhenTheRoleMayNot_AreForbidden(string path, string who)
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var needId = await PublishAsync(w, new { titleTr = "Döküm" });
        var email = who switch
        {
            "supplier" => w.Supplier.Email,
            "prime" => w.Prime.Email,
            "organizer" => PlatformFactory.OrganizerEmail,
            _ => await factory.CreateUserAsync(Roles.Visitor),
        };
        var client = await factory.SignedInPagesAsync(email);

        var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, w.EventId, needId), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.RedirectPath());
    }

    [Theory]
    [InlineData("/events/{0}/needs")]
    [InlineData("/events/{0}/needs/matching")]
    [InlineData("/events/{0}/needs/{1}")]
    [InlineData("/events/{0}/needs/{1}/edit")]
    public async Task NeedPages_WhenAnonymous_AskToSignIn(string path)
    {
        var w = await MatchmakingWorld.CreateAsync(factory);

        var response = await factory.Anonymous().GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, w.EventId, Guid.NewGuid()), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.RedirectPath());
    }

    [Fact]
    public async Task OtherPrime_WhenOpeningANeedsPages_SeesNotFoundOrForbiddenAndChangesNothing()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var needId = await PublishAsync(w, new { titleTr = "Döküm" });
        var other = await factory.SignedInPagesAsync(w.OtherPrime.Email);

        var recommendations = await other.GetAsync($"/events/{w.EventId}/needs/{needId}", Ct);
        var edit = await other.GetAsync($"/events/{w.EventId}/needs/{needId}/edit", Ct);
        var save = await other.PostFormWithTokenFromAsync($"/events/{w.EventId}/needs", $"/events/{w.EventId}/needs/{needId}/edit", new() { ["Input.TitleTr"] = "Ele geçirildi" });
        var delete = await other.PostFormWithTokenFromAsync($"/events/{w.EventId}/needs", $"/events/{w.EventId}/needs/{needId}/edit?handler=Delete", new());
        var list = await (await other.GetAsync($"/events/{w.EventId}/needs", Ct)).HtmlAsync();

        Assert.Equal(HttpStatusCode.NotFound, recommendations.StatusCode);
        Assert.StartsWith("/account/access-denied", edit.RedirectPath());
        Assert.StartsWith("/account/access-denied", save.RedirectPath());
        Assert.StartsWith("/account/access-denied", delete.RedirectPath());
        Assert.Empty(list.QuerySelectorAll("[data-testid=needs] > li"));
        Assert.Equal("Döküm", Assert.Single(await NeedsAsync(w)).TitleTr);
    }

    [Fact]
    public async Task EditPage_WhenPrimeChangesItsNeed_SavesIt_AndAnEmptyTitleChangesNothing()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var needId = await PublishAsync(w, new { titleTr = "Döküm", qualifications = new[] { "cert:ISO 14001" } });
        var prime = await factory.SignedInPagesAsync(w.Prime.Email);
        var edit = $"/events/{w.EventId}/needs/{needId}/edit";

        var form = await (await prime.GetAsync(edit, Ct)).HtmlAsync();
        var invalid = await prime.PostFormAsync(edit, new() { ["Input.TitleTr"] = " ", ["Input.Capabilities"] = "casting" });
        var unchanged = Assert.Single(await NeedsAsync(w));
        var saved = await prime.PostFormAsync(edit, new()
        {
            ["Input.TitleTr"] = "Hassas döküm", ["Input.Capabilities"] = "casting", ["Input.Qualifications"] = "cert:ISO 14001",
        });

        Assert.True(form.QuerySelector("input[name='Input.Qualifications'][value='cert:ISO 14001']")?.HasAttribute("checked"));
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Equal("Döküm", unchanged.TitleTr);
        Assert.Empty(unchanged.Capabilities);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var need = Assert.Single(await NeedsAsync(w));
        Assert.Equal("Hassas döküm", need.TitleTr);
        Assert.Equal(["casting"], need.Capabilities);
        Assert.Equal(["cert:ISO 14001"], need.Qualifications);
    }

    [Fact]
    public async Task EditPage_WhenPrimeWithdrawsItsNeed_ItIsGone()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var needId = await PublishAsync(w, new { titleTr = "Döküm" });
        var prime = await factory.SignedInPagesAsync(w.Prime.Email);

        var deleted = await prime.PostFormAsync($"/events/{w.EventId}/needs/{needId}/edit", new(), handler: "Delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Empty(await NeedsAsync(w));
    }

    [Fact]
    public async Task Api_WhenPrimePutsAndDeletesItsNeed_ItChanges_AndAnotherPrimeGets403_AndUnknownGets404()
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var needId = await PublishAsync(w, new { titleTr = "Döküm" });
        var prime = await factory.SignedInAsync(w.Prime.Email, "en-US");
        var other = await factory.SignedInAsync(w.OtherPrime.Email);
        var url = $"/api/v1/events/{w.EventId}/needs/{needId}";

        var stolen = await other.PutAsJsonAsync(url, new { titleTr = "Ele geçirildi" }, Ct);
        var removedByOther = await other.DeleteAsync(url, Ct);
        var invalid = await prime.PutAsJsonAsync(url, new { titleTr = "Döküm", capabilities = new[] { "teleportation" } }, Ct);
        var missingTitle = await prime.PutAsJsonAsync(url, new { titleTr = "" }, Ct);
        var unknown = await prime.PutAsJsonAsync($"/api/v1/events/{w.EventId}/needs/{Guid.NewGuid()}", new { titleTr = "X" }, Ct);
        var afterRefusals = Assert.Single(await NeedsAsync(w));
        var updated = await prime.PutAsJsonAsync(url, new { titleTr = "Hassas döküm", titleEn = "Precision casting", capabilities = new[] { "casting" } }, Ct);
        var updatedBody = await updated.JsonAsync();
        var deleted = await prime.DeleteAsync(url, Ct);
        var deletedAgain = await prime.DeleteAsync(url, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, stolen.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, removedByOther.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missingTitle.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Döküm", afterRefusals.TitleTr);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Precision casting", updatedBody.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deletedAgain.StatusCode);
        Assert.Empty(await NeedsAsync(w));
    }

    [Theory]
    [InlineData(Roles.Supplier)]
    [InlineData(Roles.Organizer)]
    [InlineData(Roles.Visitor)]
    public async Task Api_WhenNotAPrime_CannotPutOrDelete(string role)
    {
        var w = await MatchmakingWorld.CreateAsync(factory);
        var needId = await PublishAsync(w, new { titleTr = "Döküm" });
        var client = await factory.SignedInAsync(role == Roles.Organizer ? PlatformFactory.OrganizerEmail : await factory.CreateUserAsync(role));
        var url = $"/api/v1/events/{w.EventId}/needs/{needId}";

        var put = await client.PutAsJsonAsync(url, new { titleTr = "X" }, Ct);
        var delete = await client.DeleteAsync(url, Ct);
        var anonymous = await factory.Anonymous().DeleteAsync(url, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Döküm", Assert.Single(await NeedsAsync(w)).TitleTr);
    }

    private async Task<Guid> PublishAsync(MatchmakingWorld w, object need)
    {
        var response = await (await factory.SignedInAsync(w.Prime.Email)).PostAsJsonAsync($"/api/v1/events/{w.EventId}/needs", need, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    private async Task<List<PrimeNeed>> NeedsAsync(MatchmakingWorld w)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<PrimeNeed>().AsNoTracking().Where(n => n.EventId == w.EventId).ToListAsync(Ct);
    }
}
