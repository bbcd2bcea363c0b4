using SupplierMeetups.Web.Platform.Messaging;

namespace SupplierMeetups.Web.Registration.Contracts;

/// <summary>Organizers approved the firm's participation in the event (its representatives may now enter).</summary>
public sealed record FirmApproved(Guid EventId, Guid FirmId, Guid ParticipationId) : IModuleEvent;

/// <summary>Organizers rejected the firm's participation, or took an approval back.</summary>
public sealed record FirmRejected(Guid EventId, Guid FirmId, Guid ParticipationId) : IModuleEvent;

/// <summary>The firm's short name changed; it shows on everything printed for the firm from now on.</summary>
public sealed record FirmRenamed(Guid FirmId, string ShortName) : IModuleEvent;
