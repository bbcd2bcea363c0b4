using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.CheckIn.Contracts;
using SupplierMeetups.Web.Exhibition.Contracts;
using SupplierMeetups.Web.Integrations.Contracts;
using SupplierMeetups.Web.Integrations.Webhooks;
using SupplierMeetups.Web.Matchmaking.Contracts;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.Integrations.Outbox;

/// <summary>
/// Records an integration event in the caller's unit of work: one <see cref="IntegrationEvent"/> (owed to the bus)
/// and one <see cref="WebhookDelivery"/> per webhook of the event that hears its type. Saved with the change that
/// raised it or not at all, so a receiver that is down, a broker outage or a crash delays it but never loses it.
/// </summary>
public sealed class IntegrationOutbox(AppDbContext db, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task AddAsync<TMessage>(string type, Guid eventId, Func<Guid, DateTimeOffset, TMessage> message, CancellationToken cancellationToken)
        where TMessage : IIntegrationMessage
    {
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var payload = JsonSerializer.Serialize(message(id, now), Json);
        db.Add(new IntegrationEvent(id, eventId, type, payload, now));
        var webhooks = await db.Set<WebhookSubscription>().AsNoTracking()
            .Where(w => w.EventId == eventId && w.RemovedAt == null).ToListAsync(cancellationToken);
        foreach (var webhook in webhooks.Where(w => w.Hears(type)))
        {
            db.Add(new WebhookDelivery(id, webhook.Id, eventId, type, now));
        }
    }
}

/// <summary>The module events that integrators hear, each turned into its message.</summary>
internal sealed class IntegrationEventHandlers(IntegrationOutbox outbox) :
    IModuleEventHandler<FirmApproved>,
    IModuleEventHandler<BoothConfirmed>,
    IModuleEventHandler<MeetingRequested>,
    IModuleEventHandler<MeetingAccepted>,
    IModuleEventHandler<MeetingScheduled>,
    IModuleEventHandler<MeetingCancelled>,
    IModuleEventHandler<OutcomeRecorded>,
    IModuleEventHandler<CheckedIn>
{
    public Task HandleAsync(FirmApproved e, CancellationToken cancellationToken) =>
        outbox.AddAsync(IntegrationEventTypes.FirmApproved, e.EventId, (id, at) => new FirmApprovedMessage(id, at, e.EventId, e.FirmId, e.ParticipationId), cancellationToken);

    public Task HandleAsync(BoothConfirmed e, CancellationToken cancellationToken) =>
        outbox.AddAsync(IntegrationEventTypes.BoothConfirmed, e.EventId, (id, at) => new BoothConfirmedMessage(id, at, e.EventId, e.FirmId, e.BoothId, e.BoothCode), cancellationToken);

    public Task HandleAsync(MeetingRequested e, CancellationToken cancellationToken) =>
        outbox.AddAsync(IntegrationEventTypes.MeetingRequested, e.EventId,
            (id, at) => new MeetingRequestedMessage(id, at, e.EventId, e.MeetingId, e.PrimeParticipationId, e.SupplierParticipationId, e.RequestedBy, e.Priority), cancellationToken);

    public Task HandleAsync(MeetingAccepted e, CancellationToken cancellationToken) =>
        outbox.AddAsync(IntegrationEventTypes.MeetingAccepted, e.EventId,
            (id, at) => new MeetingAcceptedMessage(id, at, e.EventId, e.MeetingId, e.PrimeParticipationId, e.SupplierParticipationId), cancellationToken);

    public Task HandleAsync(MeetingScheduled e, CancellationToken cancellationToken) =>
        outbox.AddAsync(IntegrationEventTypes.MeetingScheduled, e.EventId,
            (id, at) => new MeetingScheduledMessage(id, at, e.EventId, e.MeetingId, e.PrimeParticipationId, e.SupplierParticipationId, e.Slot, e.Table), cancellationToken);

    public Task HandleAsync(MeetingCancelled e, CancellationToken cancellationToken) =>
        outbox.AddAsync(IntegrationEventTypes.MeetingCancelled, e.EventId,
            (id, at) => new MeetingCancelledMessage(id, at, e.EventId, e.MeetingId, e.PrimeParticipationId, e.SupplierParticipationId, e.ByOrganizer), cancellationToken);

    public Task HandleAsync(OutcomeRecorded e, CancellationToken cancellationToken) =>
        outbox.AddAsync(IntegrationEventTypes.OutcomeRecorded, e.EventId,
            (id, at) => new OutcomeRecordedMessage(id, at, e.EventId, e.MeetingId, e.ParticipationId, e.Held, e.Nda, e.RequestForQuotation, e.SiteVisit, e.PortalRegistration), cancellationToken);

    public Task HandleAsync(CheckedIn e, CancellationToken cancellationToken) =>
        outbox.AddAsync(IntegrationEventTypes.CheckedIn, e.EventId, (id, at) => new CheckedInMessage(id, at, e.EventId, e.BadgeId, e.BadgeType, e.GateId, e.ScannedAt), cancellationToken);
}
