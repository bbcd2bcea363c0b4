using Microsoft.AspNetCore.HttpOverrides;

namespace SupplierMeetups.Web.Platform.Security;

/// <summary>
/// Behind the TLS proxy (deploy/nginx) the scheme and client address come from X-Forwarded-Proto/-For, trusted only
/// from loopback, the addresses in <c>ForwardedHeaders:KnownProxies</c> and the networks in
/// <c>ForwardedHeaders:KnownNetworks</c> (comma-separated CIDR, e.g. the compose network). Rate limits count per client
/// address, so anyone else could otherwise claim a fresh address per request.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public static IServiceCollection AddForwardedHeadersFromProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var networks = (configuration["ForwardedHeaders:KnownNetworks"] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(System.Net.IPNetwork.Parse)
            .ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }
}
