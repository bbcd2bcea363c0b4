namespace SupplierMeetups.Web.Exhibition.Contracts;

/// <summary>The demo's floor plans and booth requests, added to the caller's unit of work (the caller saves).</summary>
public interface IExhibitionDemoData
{
    /// <param name="exhibitorFirmIds">The approved exhibitors, in a fixed order (the requests are deterministic).</param>
    void AddDemoFloor(Guid eventId, IReadOnlyList<Guid> exhibitorFirmIds);
}
