using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SupplierMeetups.BrowserTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.BrowserTests.Journeys;

public sealed class FirmRegistrationTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Supplier_RegistersInTurkish_OrganizerApproves_SupplierSeesTheApproval()
    {
        var eventId = await SeedEventAsync();
        var email = $"mustafa-{Guid.NewGuid():N}@test.local";
        var supplier = await host.NewPageAsync("tr-TR");

        await supplier.GotoAsync($"/events/{eventId}/register-firm");
        await supplier.GetByLabel("Yetkili kişinin adı soyadı").FillAsync("Mustafa Büyükeğen");
        await supplier.GetByLabel("Yetkili kişinin e-postası").FillAsync(email);
        await supplier.GetByLabel("Şifre", new() { Exact = true }).FillAsync(PlatformFactory.Password);
        await supplier.GetByLabel("Ticari unvan").FillAsync("Ağır Sanayi Şirketi");
        await supplier.GetByLabel("Kısa ad").FillAsync("Ağır Sanayi");
        await supplier.GetByLabel("Vergi kimlik numarası (VKN)").FillAsync(TaxNumber.WithCheckDigit("481516234"));
        await supplier.GetByLabel("Şehir", new() { Exact = true }).SelectOptionAsync("Konya");
        await supplier.GetByLabel("Adres", new() { Exact = true }).FillAsync("Büyükkayacık OSB, Selçuklu");
        await supplier.GetByLabel("Çalışan sayısı").FillAsync("85");
        await supplier.GetByLabel("CNC işleme").CheckAsync();
        await supplier.GetByLabel("Katılım", new() { Exact = true }).SelectOptionAsync("Supplier");
        await supplier.GetByLabel("Aydınlatma metnini okudum ve açık rıza veriyorum").CheckAsync();
        await supplier.GetByRole(AriaRole.Button, new() { Name = "Kaydol" }).ClickAsync();
        await supplier.GetByTestId("registered").WaitForAsync();
        await ConfirmAsync(email);

        var organizer = await host.NewPageAsync("tr-TR");
        await SignInAsync(organizer, PlatformFactory.OrganizerEmail);
        await organizer.GotoAsync($"/organizer/events/{eventId}/firms/pending");
        var row = organizer.GetByTestId("pending-firm").Filter(new() { HasText = "Ağır Sanayi Şirketi" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Onayla" }).ClickAsync();
        await organizer.GetByText("Onay bekleyen firma yok.").WaitForAsync();

        await SignInAsync(supplier, email);
        await supplier.GetByRole(AriaRole.Link, new() { Name = "Firmam" }).ClickAsync();
        var status = await supplier.GetByTestId("status").TextContentAsync();
        var heading = await supplier.Locator("h2").First.TextContentAsync();
        var screenshot = Path.Combine(BrowserHost.ScreenshotDirectory, "supplier-sees-approval.png");
        await supplier.ScreenshotAsync(new() { Path = screenshot, FullPage = true });

        Assert.Equal("Onaylandı", status?.Trim());
        Assert.Equal("Ağır Sanayi", heading);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is empty");
    }

    private Task SignInAsync(IPage page, string email) => host.SignInAsync(page, email);

    private async Task<Guid> SeedEventAsync()
    {
        await using var scope = host.Platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var e = new Event { NameTr = "Konya Tedarikçi Buluşması", NameEn = "Konya Supplier Meetings", Venue = "TÜYAP", City = "Konya", StartDate = new DateOnly(2030, 11, 5), EndDate = new DateOnly(2030, 11, 6) };
        db.Add(e);
        db.AddRange(
            new Capability { Code = "machining", NameTr = "Talaşlı imalat", NameEn = "Machining" },
            new Capability { Code = "cnc", ParentCode = "machining", NameTr = "CNC işleme", NameEn = "CNC machining" });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return e.Id;
    }

    // The confirmation link's own journey is covered by the account tests; here the address is simply marked confirmed.
    private async Task ConfirmAsync(string email)
    {
        await using var scope = host.Platform.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException("the contact's account was not created");
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
    }
}
