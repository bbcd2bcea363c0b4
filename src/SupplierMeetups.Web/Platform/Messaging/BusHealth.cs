using MassTransit;

namespace SupplierMeetups.Web.Platform.Messaging;

/// <summary>Whether the bus can take a message now; publishers ask before they try, so an outage never makes anyone wait.</summary>
internal sealed class BusHealth(IBusControl bus)
{
    public bool IsHealthy => bus.CheckHealth().Status == BusHealthStatus.Healthy;

    /// <summary>Waits (off any request) for a starting or reconnecting bus; false when it is still not healthy after <paramref name="patience"/>.</summary>
    public async Task<bool> WaitUntilHealthyAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + patience;
        while (!IsHealthy)
        {
            if (DateTime.UtcNow >= deadline) return false;
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
        return true;
    }
}
