using SupplierMeetups.Web.Platform.Messaging;

namespace SupplierMeetups.Web.Matchmaking.Contracts;

// Facts of a meeting request's life, by participation ids of the event (prime and supplier). Raised in the unit
// of work that changes the request, so a reaction (an integration event in the outbox) is saved with the change.

/// <summary>A firm asked another for a meeting; <paramref name="RequestedBy"/> is "Prime" or "Supplier".</summary>
public sealed record MeetingRequested(Guid EventId, Guid MeetingId, Guid PrimeParticipationId, Guid SupplierParticipationId, string RequestedBy, int Priority) : IModuleEvent;

/// <summary>The asked firm accepted: the meeting waits for the schedule.</summary>
public sealed record MeetingAccepted(Guid EventId, Guid MeetingId, Guid PrimeParticipationId, Guid SupplierParticipationId) : IModuleEvent;

/// <summary>A published schedule placed the meeting (or moved it): its slot ("D1-03") and table are what the firms were told.</summary>
public sealed record MeetingScheduled(Guid EventId, Guid MeetingId, Guid PrimeParticipationId, Guid SupplierParticipationId, string Slot, string Table) : IModuleEvent;

/// <summary>A firm or an organizer cancelled an open request or a meeting.</summary>
public sealed record MeetingCancelled(Guid EventId, Guid MeetingId, Guid PrimeParticipationId, Guid SupplierParticipationId, bool ByOrganizer) : IModuleEvent;

/// <summary>One side recorded (or corrected) the outcome of a published meeting.</summary>
public sealed record OutcomeRecorded(
    Guid EventId, Guid MeetingId, Guid ParticipationId, bool Held, bool Nda, bool RequestForQuotation, bool SiteVisit, bool PortalRegistration) : IModuleEvent;
