using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.Identity;

/// <summary>Naming a representative e-mails a badge to any address the caller types, so it is limited like other senders.</summary>
public sealed class EmailRateLimitCoverageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData("api/v1/events/{eventId:guid}/firms/{firmId:guid}/people", "POST")]
    [InlineData("events/{eventId:guid}/firms/{firmId:guid}/people", null)]
    public void Endpoint_WhenItNamesRepresentatives_CarriesTheEmailRateLimit(string route, string? method)
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/') == route)
            .Where(e => method is null || e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(method) == true)
            .ToList();

        Assert.NotEmpty(endpoints);
        Assert.All(endpoints, e => Assert.Equal("e-mail", e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName));
    }
}
