namespace SupplierMeetups.Web.Exhibition.Booths;

/// <summary>Registration's question "which booth does this firm have?", answered from the booths' assignments.</summary>
internal sealed class FirmBoothOfEvent(BoothQuery query) : IFirmBoothOfEvent
{
    public async Task<AssignedBooth?> OfFirmAsync(Guid eventId, Guid firmId, CancellationToken cancellationToken)
    {
        var view = (await query.ForEventAsync(eventId, cancellationToken))
            .Where(v => v.FirmId == firmId && v.Status is BoothStatus.Assigned or BoothStatus.Held)
            .OrderBy(v => v.Status == BoothStatus.Assigned ? 0 : 1).ThenBy(v => v.Booth.Code, StringComparer.Ordinal)
            .FirstOrDefault();
        return view is null
            ? null
            : new AssignedBooth(view.Booth.Code, view.Booth.HallName, view.Status.ToString(), view.Booth.Width * view.Booth.Depth,
                view.Status == BoothStatus.Held ? view.HeldUntil : null);
    }
}
