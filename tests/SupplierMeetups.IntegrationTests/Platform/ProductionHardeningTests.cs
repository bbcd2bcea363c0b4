using System.Net;
using Microsoft.AspNetCore.Hosting;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Registration;

namespace SupplierMeetups.IntegrationTests.Platform;

/// <summary>The host as it runs in production.</summary>
public sealed class ProductionFactory() : PlatformFactory(new Dictionary<string, string?>())
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

public sealed class ProductionHardeningTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenApi_InProduction_IsForSignedInUsersOnly()
    {
        var anonymous = await factory.Anonymous().GetAsync("/openapi/v1.json", Ct);
        var signedIn = await (await factory.SignedInAsync(PlatformFactory.OrganizerEmail)).GetAsync("/openapi/v1.json", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains("SupplierMeetups API", await signedIn.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task PersonalDataExport_WhenDownloaded_IsNeverStored()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);

        var export = await (await factory.SignedInAsync(email)).GetAsync($"/api/v1/firms/{firmId}/personal-data", Ct);

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.True(export.Headers.CacheControl?.NoStore, export.Headers.CacheControl?.ToString());
    }

    [Fact]
    public void Start_WhenDemoLoadIsOnOutsideDevelopment_IsRefused()
    {
        using var demo = new DemoInProductionFactory();

        var error = Assert.ThrowsAny<Exception>(() => demo.CreateClient());

        Assert.Contains("Demo:Load", Flatten(error));
    }

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate ? string.Join(" | ", aggregate.InnerExceptions.Select(Flatten)) : error.Message + (error.InnerException is { } inner ? " | " + Flatten(inner) : "");

    private sealed class DemoInProductionFactory() : PlatformFactory(new Dictionary<string, string?> { ["Demo:Load"] = "true" })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
