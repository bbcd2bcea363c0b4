using SupplierMeetups.Web.Platform.Messaging;

namespace SupplierMeetups.Web.CheckIn.Contracts;

/// <summary>A badge holder was let in at a gate (an entry while outside; a second scan of someone inside is not one).</summary>
public sealed record CheckedIn(Guid EventId, Guid BadgeId, string BadgeType, Guid GateId, DateTimeOffset ScannedAt) : IModuleEvent;
