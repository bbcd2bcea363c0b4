using MassTransit;

namespace SupplierMeetups.Web.Integrations.Contracts;

// The integration events the platform delivers to organizations' systems: as the "data" of a signed webhook and,
// for systems on the same network, as MassTransit messages on the bus. Each carries the stable Id of its
// occurrence (also the MassTransit MessageId and the webhook's X-SupplierMeetups-Event-Id header): a receiver that
// has seen an Id drops the message, so a retry or a replay is harmless.
//
// The message URNs and entity names (RabbitMQ exchanges) are fixed ("SupplierMeetups.Integration:…"), independent of
// this C# namespace: an integrator copies these records into any namespace of its own (or references this
// assembly) and its MassTransit
// consumers bind to the same exchanges. Fields are only ever added; a breaking change gets a new URN.

/// <summary>What every integration event carries.</summary>
public interface IIntegrationMessage
{
    /// <summary>The occurrence's stable id: the same on every retry and replay.</summary>
    Guid Id { get; }

    DateTimeOffset OccurredAt { get; }

    /// <summary>The event (fair) it happened in.</summary>
    Guid EventId { get; }
}

[MessageUrn("SupplierMeetups.Integration:FirmApproved", useDefaultPrefix: true)]
[EntityName("SupplierMeetups.Integration:FirmApproved")]
public sealed record FirmApprovedMessage(Guid Id, DateTimeOffset OccurredAt, Guid EventId, Guid FirmId, Guid ParticipationId) : IIntegrationMessage;

[MessageUrn("SupplierMeetups.Integration:BoothConfirmed", useDefaultPrefix: true)]
[EntityName("SupplierMeetups.Integration:BoothConfirmed")]
public sealed record BoothConfirmedMessage(Guid Id, DateTimeOffset OccurredAt, Guid EventId, Guid FirmId, Guid BoothId, string BoothCode) : IIntegrationMessage;

[MessageUrn("SupplierMeetups.Integration:MeetingRequested", useDefaultPrefix: true)]
[EntityName("SupplierMeetups.Integration:MeetingRequested")]
public sealed record MeetingRequestedMessage(
    Guid Id, DateTimeOffset OccurredAt, Guid EventId, Guid MeetingId, Guid PrimeParticipationId, Guid SupplierParticipationId, string RequestedBy, int Priority) : IIntegrationMessage;

[MessageUrn("SupplierMeetups.Integration:MeetingAccepted", useDefaultPrefix: true)]
[EntityName("SupplierMeetups.Integration:MeetingAccepted")]
public sealed record MeetingAcceptedMessage(Guid Id, DateTimeOffset OccurredAt, Guid EventId, Guid MeetingId, Guid PrimeParticipationId, Guid SupplierParticipationId) : IIntegrationMessage;

[MessageUrn("SupplierMeetups.Integration:MeetingScheduled", useDefaultPrefix: true)]
[EntityName("SupplierMeetups.Integration:MeetingScheduled")]
public sealed record MeetingScheduledMessage(
    Guid Id, DateTimeOffset OccurredAt, Guid EventId, Guid MeetingId, Guid PrimeParticipationId, Guid SupplierParticipationId, string Slot, string Table) : IIntegrationMessage;

[MessageUrn("SupplierMeetups.Integration:MeetingCancelled", useDefaultPrefix: true)]
[EntityName("SupplierMeetups.Integration:MeetingCancelled")]
public sealed record MeetingCancelledMessage(
    Guid Id, DateTimeOffset OccurredAt, Guid EventId, Guid MeetingId, Guid PrimeParticipationId, Guid SupplierParticipationId, bool ByOrganizer) : IIntegrationMessage;

[MessageUrn("SupplierMeetups.Integration:OutcomeRecorded", useDefaultPrefix: true)]
[EntityName("SupplierMeetups.Integration:OutcomeRecorded")]
public sealed record OutcomeRecordedMessage(
    Guid Id, DateTimeOffset OccurredAt, Guid EventId, Guid MeetingId, Guid ParticipationId, bool Held, bool Nda, bool RequestForQuotation, bool SiteVisit, bool PortalRegistration) : IIntegrationMessage;

[MessageUrn("SupplierMeetups.Integration:CheckedIn", useDefaultPrefix: true)]
[EntityName("SupplierMeetups.Integration:CheckedIn")]
public sealed record CheckedInMessage(Guid Id, DateTimeOffset OccurredAt, Guid EventId, Guid BadgeId, string BadgeType, Guid GateId, DateTimeOffset ScannedAt) : IIntegrationMessage;

/// <summary>The event types' names as webhooks carry them (X-SupplierMeetups-Event-Type, the "type" field) and subscriptions list them.</summary>
public static class IntegrationEventTypes
{
    public const string FirmApproved = "firm.approved";
    public const string BoothConfirmed = "booth.confirmed";
    public const string MeetingRequested = "meeting.requested";
    public const string MeetingAccepted = "meeting.accepted";
    public const string MeetingScheduled = "meeting.scheduled";
    public const string MeetingCancelled = "meeting.cancelled";
    public const string OutcomeRecorded = "outcome.recorded";
    public const string CheckedIn = "checkin.admitted";

    /// <summary>Each type's name and message type, in the order the pages list them.</summary>
    public static readonly IReadOnlyList<(string Name, Type Message)> All =
    [
        (FirmApproved, typeof(FirmApprovedMessage)),
        (BoothConfirmed, typeof(BoothConfirmedMessage)),
        (MeetingRequested, typeof(MeetingRequestedMessage)),
        (MeetingAccepted, typeof(MeetingAcceptedMessage)),
        (MeetingScheduled, typeof(MeetingScheduledMessage)),
        (MeetingCancelled, typeof(MeetingCancelledMessage)),
        (OutcomeRecorded, typeof(OutcomeRecordedMessage)),
        (CheckedIn, typeof(CheckedInMessage)),
    ];

    public static Type? MessageOf(string name) => All.FirstOrDefault(t => t.Name == name).Message;

    public static bool IsKnown(string name) => MessageOf(name) is not null;
}
