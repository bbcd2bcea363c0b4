namespace SupplierMeetups.Web.Exhibition.Contracts;

/// <summary>Which firm exhibits at which booth, as badges and agendas print it.</summary>
public interface IFirmBooths
{
    /// <summary>
    /// The code of each firm's confirmed booth (holds do not count); the first code in ordinal order when a firm has
    /// several. Firms without one are left out.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, string>> ConfirmedOfFirmsAsync(Guid eventId, IReadOnlyCollection<Guid> firmIds, CancellationToken cancellationToken);
}
