using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Events;

internal sealed class EventClosure(IEventDays days, TimeProvider clock, IStringLocalizer<SharedResource> l) : IEventClosure
{
    public async Task<Refusal?> RefusalIfOverAsync(Guid eventId, CancellationToken cancellationToken) =>
        await IsOverAsync(eventId, cancellationToken) ? new Refusal(l["This event is over."], StatusCodes.Status409Conflict) : null;

    public async Task<bool> IsOverAsync(Guid eventId, CancellationToken cancellationToken) =>
        await days.FindAsync(eventId, cancellationToken) is { } e && e.IsOverAt(clock.GetUtcNow());
}
