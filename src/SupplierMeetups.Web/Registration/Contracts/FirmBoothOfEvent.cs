namespace SupplierMeetups.Web.Registration.Contracts;

/// <summary>A firm's booth at an event, as the firm's API shows it.</summary>
/// <param name="Code">The booth's code on the floor plan ("A-12").</param>
/// <param name="Hall">The hall it stands in.</param>
/// <param name="Status">Held (offered, until <paramref name="HeldUntil"/>) or Assigned (confirmed).</param>
/// <param name="AreaSquareMetres">Its area in m².</param>
/// <param name="HeldUntil">When a hold ends; null once confirmed.</param>
public sealed record AssignedBooth(string Code, string Hall, string Status, decimal AreaSquareMetres, DateTimeOffset? HeldUntil);

/// <summary>
/// Declared here, implemented by Exhibition (which comes after Registration): the booth a firm holds at an event, so
/// that the firm's answer can show it without Registration knowing Exhibition.
/// </summary>
public interface IFirmBoothOfEvent
{
    Task<AssignedBooth?> OfFirmAsync(Guid eventId, Guid firmId, CancellationToken cancellationToken);
}
