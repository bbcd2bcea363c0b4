using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Matchmaking.Needs;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Registration;

/// <summary>The capability taxonomy organizers edit, on its page and through the API, with the same rules and messages.</summary>
public sealed class TaxonomyTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Url = "/api/v1/capabilities";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Term(string code, string tr, string en, string? parent = null) => new { code, parentCode = parent, nameTr = tr, nameEn = en };

    private static string NewCode() => $"t{Guid.NewGuid():N}"[..12];

    [Fact]
    public async Task AddTerm_ThenTheSameAgain_Answers201Then200AndTheListHasItOnce()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var code = NewCode();

        var first = await organizer.PostAsJsonAsync(Url, Term(code, "Kaplama", "Coating"), Ct);
        var again = await organizer.PostAsJsonAsync(Url, Term(code, "Kaplama", "Coating"), Ct);
        var listed = await (await factory.Anonymous().GetAsync(Url, Ct)).JsonAsync();

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        var row = Assert.Single(listed.EnumerateArray(), c => c.GetProperty("code").GetString() == code);
        Assert.Equal(("Kaplama", "Coating"), (row.GetProperty("nameTr").GetString(), row.GetProperty("nameEn").GetString()));
    }

    [Fact]
    public async Task AddTerm_FourTimesAtOnce_AddsItOnce()
    {
        var organizers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => factory.SignedInAsync(PlatformFactory.OrganizerEmail)));
        var code = NewCode();

        var answers = await Task.WhenAll(organizers.Select(o => o.PostAsJsonAsync(Url, Term(code, "Döküm sonrası işlem", "Post-casting"), Ct)));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Created], answers.Select(a => a.StatusCode).Order());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<Capability>().CountAsync(c => c.Code == code, Ct)));
    }

    [Fact]
    public async Task AddTerm_WhenTheCodeIsTakenOrMalformed_AnswersAtTheCodeInTurkishAndAddsNothing()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var code = NewCode();
        (await organizer.PostAsJsonAsync(Url, Term(code, "Kaplama", "Coating"), Ct)).EnsureSuccessStatusCode();

        var taken = await organizer.PostAsJsonAsync(Url, Term(code, "Boya", "Painting"), Ct);
        var malformed = await organizer.PostAsJsonAsync(Url, Term("CNC İşleme", "CNC", "CNC"), Ct);
        var noParent = await organizer.PostAsJsonAsync(Url, Term(NewCode(), "Alt", "Sub", parent: "no-such-term"), Ct);

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal($"{code} kodu \"Kaplama\" yeteneğine ait. Başka bir kod seçin ya da o yeteneği değiştirin.", await FieldErrorAsync(taken, "code"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("Yalnızca küçük harf, rakam ve kısa çizgi kullanın.", await FieldErrorAsync(malformed, "code"));
        Assert.Equal(HttpStatusCode.BadRequest, noParent.StatusCode);
        Assert.Equal("no-such-term yetenek sınıflandırmasında yok.", await FieldErrorAsync(noParent, "parentCode"));
        Assert.Equal("Kaplama", await factory.WithDbAsync(db => db.Set<Capability>().Where(c => c.Code == code).Select(c => c.NameTr).SingleAsync(Ct)));
    }

    [Fact]
    public async Task RenameAndMove_KeepTheCodeAndRefuseALoop()
    {
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var (parent, child) = (NewCode(), NewCode());
        (await organizer.PostAsJsonAsync(Url, Term(parent, "Yüzey", "Surface"), Ct)).EnsureSuccessStatusCode();
        (await organizer.PostAsJsonAsync(Url, Term(child, "Kaplama", "Coating", parent), Ct)).EnsureSuccessStatusCode();

        var renamed = await organizer.PutAsJsonAsync($"{Url}/{child}", new { parentCode = parent, nameTr = "Sert kaplama", nameEn = "Hard coating" }, Ct);
        var loop = await organizer.PutAsJsonAsync($"{Url}/{parent}", new { parentCode = child, nameTr = "Yüzey", nameEn = "Surface" }, Ct);
        var unknown = await organizer.PutAsJsonAsync($"{Url}/no-such-term", new { nameTr = "X", nameEn = "X" }, Ct);

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("Sert kaplama", (await renamed.JsonAsync()).GetProperty("nameTr").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, loop.StatusCode);
        Assert.Equal("Bir yetenek kendisinin ya da alt yeteneklerinden birinin altına konamaz.", await FieldErrorAsync(loop, "parentCode"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Set<Capability>().Where(c => c.Code == parent).Select(c => c.ParentCode).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Remove_WhenAFirmANeedOrANarrowerTermNamesIt_Answers409SayingWhatAndRemovesOnlyWhatNothingUses()
    {
        var eventId = await factory.SeedEventAsync();
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var (byFirm, byNeed, parent, child, free) = (NewCode(), NewCode(), NewCode(), NewCode(), NewCode());
        foreach (var (code, up) in new[] { (byFirm, (string?)null), (byNeed, null), (parent, null), (child, parent), (free, null) })
        {
            (await organizer.PostAsJsonAsync(Url, Term(code, "Terim " + code, "Term " + code, up), Ct)).EnsureSuccessStatusCode();
        }
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId);
        await factory.WithDbAsync(async db =>
        {
            (await db.Set<Firm>().SingleAsync(f => f.Id == firmId, Ct)).Capabilities = [byFirm];
            db.Add(new PrimeNeed { EventId = eventId, PrimeId = Guid.NewGuid(), TitleTr = "İhtiyaç", TitleEn = "Need", Capabilities = [byNeed] });
            return await db.SaveChangesAsync(Ct);
        });

        var usedByFirm = await organizer.DeleteAsync($"{Url}/{byFirm}", Ct);
        var usedByNeed = await organizer.DeleteAsync($"{Url}/{byNeed}", Ct);
        var hasChild = await organizer.DeleteAsync($"{Url}/{parent}", Ct);
        var removed = await organizer.DeleteAsync($"{Url}/{free}", Ct);
        var again = await organizer.DeleteAsync($"{Url}/{free}", Ct);

        Assert.Equal(HttpStatusCode.Conflict, usedByFirm.StatusCode);
        Assert.Equal($"Terim {byFirm} hâlâ kullanılıyor (1 firma). Önce oradan kaldırın.", (await usedByFirm.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal($"Terim {byNeed} hâlâ kullanılıyor (1 ihtiyaç). Önce oradan kaldırın.", (await usedByNeed.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal($"Terim {parent} hâlâ kullanılıyor (1 alt yetenek). Önce oradan kaldırın.", (await hasChild.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (removed.StatusCode, again.StatusCode));
        var left = await factory.WithDbAsync(db => db.Set<Capability>().Where(c => new[] { byFirm, byNeed, parent, child, free }.Contains(c.Code)).Select(c => c.Code).ToListAsync(Ct));
        Assert.Equal(new[] { byFirm, byNeed, parent, child }.Order(), left.Order());
    }

    [Fact]
    public async Task Edits_WhenNotAnOrganizer_Answer401Or403AndChangeNothing()
    {
        var code = NewCode();
        var answers = new List<(string Who, HttpStatusCode Status)>
        {
            ("anonymous", (await factory.Anonymous().PostAsJsonAsync(Url, Term(code, "A", "A"), Ct)).StatusCode),
            ("anonymous page", (await factory.Anonymous().GetAsync("/organizer/capabilities", Ct)).StatusCode),
        };
        foreach (var role in new[] { Roles.Supplier, Roles.Prime, Roles.Staff, Roles.Visitor })
        {
            var email = await factory.CreateUserAsync(role);
            var api = await factory.SignedInAsync(email);
            answers.Add((role + " add", (await api.PostAsJsonAsync(Url, Term(code, "A", "A"), Ct)).StatusCode));
            answers.Add((role + " rename", (await api.PutAsJsonAsync($"{Url}/{code}", new { nameTr = "A", nameEn = "A" }, Ct)).StatusCode));
            answers.Add((role + " remove", (await api.DeleteAsync($"{Url}/{code}", Ct)).StatusCode));
            var page = await (await factory.SignedInPagesAsync(email)).GetAsync("/organizer/capabilities", Ct);
            answers.Add((role + " page", page.StatusCode == HttpStatusCode.Redirect && page.RedirectPath().StartsWith("/account/access-denied", StringComparison.Ordinal) ? HttpStatusCode.Forbidden : page.StatusCode));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, answers[0].Status);
        Assert.Equal(HttpStatusCode.Redirect, answers[1].Status); // to the sign-in page
        Assert.All(answers.Skip(2), a => Assert.True(a.Status == HttpStatusCode.Forbidden, $"{a.Who}: {a.Status}")); // pages: to access-denied
        Assert.False(await factory.WithDbAsync(db => db.Set<Capability>().AnyAsync(c => c.Code == code, Ct)));
    }

    [Fact]
    public async Task Page_AddRenameAndRemoveWithAConfirmStep_SaysWhatHappenedEachTime()
    {
        var pages = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var code = NewCode();

        var added = await pages.PostFormAsync("/organizer/capabilities", new() { ["Input.Code"] = code, ["Input.NameTr"] = "Kaplama", ["Input.NameEn"] = "Coating", ["Input.ParentCode"] = "" });
        var list = await pages.GetStringAsync(added.RedirectPath(), Ct);
        var saved = await pages.PostFormAsync($"/organizer/capabilities/{code}", new() { ["Input.NameTr"] = "Sert kaplama", ["Input.NameEn"] = "Hard coating", ["Input.ParentCode"] = "" });
        var afterSave = await pages.GetStringAsync(saved.RedirectPath(), Ct);
        var confirm = await (await pages.GetAsync($"/organizer/capabilities/{code}?remove=1", Ct)).HtmlAsync();
        var removed = await pages.PostFormAsync($"/organizer/capabilities/{code}?remove=1", [], handler: "Remove");
        var afterRemove = await pages.GetStringAsync(removed.RedirectPath(), Ct);

        Assert.Contains($"{code} yeteneği eklendi.", list, StringComparison.Ordinal);
        Assert.Contains("Kaplama", list, StringComparison.Ordinal);
        Assert.Contains($"{code} yeteneği kaydedildi.", afterSave, StringComparison.Ordinal);
        Assert.Contains("Sert kaplama", afterSave, StringComparison.Ordinal);
        Assert.Contains("Sert kaplama yeteneği kaldırılsın mı?", confirm.QuerySelector("[data-testid=remove-confirm]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{code} yeteneği kaldırıldı.", afterRemove, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Set<Capability>().AnyAsync(c => c.Code == code, Ct)));
    }

    [Fact]
    public async Task Page_WhenTheTermIsInUse_RefusesTheRemovalOnThePageAndKeepsIt()
    {
        var eventId = await factory.SeedEventAsync();
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);
        var code = NewCode();
        (await organizer.PostAsJsonAsync(Url, Term(code, "Kaplama", "Coating"), Ct)).EnsureSuccessStatusCode();
        var (firmId, _) = await factory.RegisterSupplierAsync(eventId);
        await factory.WithDbAsync(async db =>
        {
            (await db.Set<Firm>().SingleAsync(f => f.Id == firmId, Ct)).Capabilities = [code];
            return await db.SaveChangesAsync(Ct);
        });

        var pages = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var refused = await (await pages.PostFormAsync($"/organizer/capabilities/{code}?remove=1", [], handler: "Remove")).HtmlAsync();

        Assert.Equal("Kaplama hâlâ kullanılıyor (1 firma). Önce oradan kaldırın.", refused.QuerySelector("[data-testid=remove-refused]")!.TextContent.Trim());
        Assert.True(await factory.WithDbAsync(db => db.Set<Capability>().AnyAsync(c => c.Code == code, Ct)));
    }

    private static async Task<string?> FieldErrorAsync(HttpResponseMessage response, string field) =>
        (await response.JsonAsync()).GetProperty("errors").GetProperty(field)[0].GetString();
}

/// <summary>A new installation gets the default taxonomy once; a second instance on the same database adds nothing.</summary>
public sealed class DefaultTaxonomyTests
{
    private sealed class WithDefaults(PlatformFactory? joining = null)
        : PlatformFactory(new Dictionary<string, string?> { ["Registration:SeedDefaultTaxonomy"] = "true" }, sharedDatabase: joining);

    [Fact]
    public async Task NewInstallation_HasTheDefaultTaxonomyInTurkishAndEnglish_AndASecondStartAddsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var first = new WithDefaults();
        var listed = await (await first.Anonymous().GetAsync("/api/v1/capabilities", ct)).JsonAsync();
        await using var second = new WithDefaults(first);
        _ = second.Server; // starts, and seeds if it would
        var count = await first.WithDbAsync(db => db.Set<Capability>().CountAsync(ct));

        Assert.Equal(SupplierMeetups.Web.Registration.Taxonomy.DefaultTaxonomy.Terms.Length, listed.GetArrayLength());
        var cnc = Assert.Single(listed.EnumerateArray(), c => c.GetProperty("code").GetString() == "cnc-machining");
        Assert.Equal(("machining", "CNC işleme", "CNC machining"), (cnc.GetProperty("parentCode").GetString(), cnc.GetProperty("nameTr").GetString(), cnc.GetProperty("nameEn").GetString()));
        Assert.Contains(listed.EnumerateArray(), c => c.GetProperty("nameTr").GetString() == "Isıl işlem ve yüzey işlemleri");
        Assert.Equal(listed.GetArrayLength(), count);
    }
}
