using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Identity;

public sealed class AuthorizationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public void Endpoints_WhenMapped_EachDeclaresWhoMayUseIt()
    {
        factory.CreateClient();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.Empty(undeclared);
    }

    [Fact]
    public async Task CreateEvent_WhenAnonymous_Answers401()
    {
        var response = await factory.Anonymous().PostAsJsonAsync("/api/v1/events", new { }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(Roles.Prime)]
    [InlineData(Roles.Supplier)]
    [InlineData(Roles.Visitor)]
    [InlineData(Roles.Staff)]
    public async Task CreateEvent_WhenNotOrganizer_Answers403(string role)
    {
        var client = await factory.SignedInAsync(await factory.CreateUserAsync(role));

        var response = await client.PostAsJsonAsync("/api/v1/events", new { }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task OrganizerPage_WhenAnonymous_RedirectsToSignIn()
    {
        var response = await factory.Anonymous().GetAsync("/organizer/events", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task OrganizerPage_WhenSignedInAsSupplier_IsForbidden()
    {
        var client = factory.Anonymous();
        var email = await factory.CreateUserAsync(Roles.Supplier);
        await client.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = PlatformFactory.Password });

        var response = await client.GetAsync("/organizer/events", TestContext.Current.CancellationToken);
        var denied = await client.GetAsync(response.Headers.Location!, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task Me_WhenAnonymous_Answers401()
    {
        var response = await factory.Anonymous().GetAsync("/api/v1/auth/me", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
