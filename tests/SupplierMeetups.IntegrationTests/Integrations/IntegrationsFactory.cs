using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.Integrations;

/// <summary>The real app with webhooks allowed to plain-HTTP loopback receivers and short retry delays.</summary>
public sealed class IntegrationsFactory() : PlatformFactory(new Dictionary<string, string?>
{
    ["Integrations:SweepIntervalSeconds"] = "1",
    ["Integrations:RetryBaseSeconds"] = "1",
    ["Integrations:TimeoutSeconds"] = "3",
    ["Integrations:AllowHttp"] = "true",
});
