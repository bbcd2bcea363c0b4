using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.CheckIn;

/// <summary>Doors open all day, so that scans decided at the server's own time (the pages) pass whenever the tests run.</summary>
public sealed class OpenDoorsFactory() : PlatformFactory(new Dictionary<string, string?>
{
    ["CheckIn:DoorsOpen"] = "00:00",
    ["CheckIn:DoorsClose"] = "23:59:59.9999999",
});
