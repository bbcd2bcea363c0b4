using SupplierMeetups.Web.Platform.Messaging;

namespace SupplierMeetups.Web.Registration.Contracts;

/// <summary>A firm named a representative for an event after its approval (before it, <see cref="FirmApproved"/> covers them).</summary>
public sealed record RepresentativeAdded(Guid ParticipationId, Representative Representative) : IModuleEvent;

/// <summary>A representative's name or address changed.</summary>
public sealed record RepresentativeChanged(Guid EventId, Representative Representative) : IModuleEvent;

/// <summary>The firm removed a representative from its roster for the event.</summary>
public sealed record RepresentativeRemoved(Guid EventId, Guid PersonId) : IModuleEvent;
