using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.BackgroundWork;

public sealed class OneAttemptFactory() : PlatformFactory(new Dictionary<string, string?> { ["Email:MaxAttempts"] = "1" });

public sealed class OperationsTests(OneAttemptFactory factory) : IClassFixture<OneAttemptFactory>
{
    [Fact]
    public async Task FailingEmail_AfterItsLastAttempt_IsShownToOrganizersWithItsErrorAndCanBeRetried()
    {
        var id = await QueueEmailThatCannotBeSentAsync();
        await Eventually.TrueAsync(() => StateOf(id).FailedAt is not null, TimeSpan.FromSeconds(30), "the e-mail never failed");
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var listed = await organizer.GetFromJsonAsync<JsonElement>("/api/v1/operations/emails", TestContext.Current.CancellationToken);
        var page = await PageAsync();
        var retried = await organizer.PostAsync($"/api/v1/operations/emails/{id}/retry", null, TestContext.Current.CancellationToken);
        var afterRetry = StateOf(id);

        var trouble = listed.GetProperty("trouble").EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == id);
        Assert.Contains("no-such-document", trouble.GetProperty("lastError").GetString());
        Assert.True(listed.GetProperty("summary").GetProperty("failed").GetInt32() >= 1);
        Assert.Contains("no-such-document", page.QuerySelector("td.error-text")?.TextContent);
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        Assert.True(afterRetry.FailedAt is null || afterRetry.Attempts == 1, "the retry did not give the e-mail a fresh attempt");
    }

    [Fact]
    public async Task OperationsApi_WhenNotOrganizer_IsRefused()
    {
        var supplier = await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Supplier));

        var forbidden = await supplier.GetAsync("/api/v1/operations/emails", TestContext.Current.CancellationToken);
        var anonymous = await factory.Anonymous().PostAsync($"/api/v1/operations/emails/{Guid.NewGuid()}/retry", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private async Task<Guid> QueueEmailThatCannotBeSentAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<EmailOutbox>();
        var row = outbox.Add("hata@test.local", "Hata Testi", new RenderedEmail("Eki olmayan e-posta", "metin", "<p>metin</p>"), EmailKind.Badge, "tr",
            new EmailAttachment { Kind = "no-such-document", ReferenceId = Guid.NewGuid(), FileName = "x.pdf" });
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        return row.Id;
    }

    private OutgoingEmail StateOf(Guid id)
    {
        using var scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutgoingEmail>().AsNoTracking().Single(e => e.Id == id);
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync()
    {
        var client = factory.Anonymous();
        await client.SignInPagesAsync(factory, PlatformFactory.OrganizerEmail);
        return await (await client.GetAsync("/organizer/operations", TestContext.Current.CancellationToken)).HtmlAsync();
    }
}
