using SupplierMeetups.Web.Platform.Messaging;

namespace SupplierMeetups.Web.Exhibition.Contracts;

/// <summary>Organizers confirmed a booth for an exhibiting firm (a hold is not a confirmation).</summary>
public sealed record BoothConfirmed(Guid EventId, Guid FirmId, Guid BoothId, string BoothCode) : IModuleEvent;

/// <summary>A firm's confirmed booth was released, or turned back into a hold: the firm no longer exhibits there.</summary>
public sealed record BoothReleased(Guid EventId, Guid FirmId, Guid BoothId) : IModuleEvent;
