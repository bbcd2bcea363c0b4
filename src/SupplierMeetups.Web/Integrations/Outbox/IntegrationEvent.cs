namespace SupplierMeetups.Web.Integrations.Outbox;

/// <summary>
/// One occurrence of an integration event, written in the same transaction as the change it reports (the module
/// event's handler runs in the publisher's unit of work). Its <see cref="Id"/> is what receivers dedupe on. The bus
/// copy is owed until <see cref="BusPublishedAt"/> is set; each webhook copy is a <see cref="WebhookDelivery"/>.
/// </summary>
public sealed class IntegrationEvent
{
    private IntegrationEvent() { }

    public IntegrationEvent(Guid id, Guid eventId, string type, string payload, DateTimeOffset now)
    {
        Id = id;
        EventId = eventId;
        Type = type;
        Payload = payload;
        OccurredAt = now;
        BusNextAttemptAt = now;
    }

    public Guid Id { get; private set; }
    public Guid EventId { get; private set; }
    public string Type { get; private set; } = "";

    /// <summary>The message (one of Contracts' records) as JSON: the webhook's "data" and the bus message.</summary>
    public string Payload { get; private set; } = "";
    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? BusPublishedAt { get; private set; }
    public DateTimeOffset BusNextAttemptAt { get; private set; }
    public DateTimeOffset? BusClaimedUntil { get; private set; }
    public int BusAttempts { get; private set; }
}

public enum DeliveryStatus
{
    Pending,
    Retrying,
    Delivered,
    Failed,
}

/// <summary>
/// One webhook's copy of an integration event: claimed by one sender at a time, retried with exponential backoff
/// until the receiver answers 2xx or the attempts run out; organizers replay it from the delivery log.
/// </summary>
public sealed class WebhookDelivery
{
    private WebhookDelivery() { }

    public WebhookDelivery(Guid integrationEventId, Guid subscriptionId, Guid eventId, string type, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        IntegrationEventId = integrationEventId;
        SubscriptionId = subscriptionId;
        EventId = eventId;
        Type = type;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public Guid Id { get; private set; }
    public Guid IntegrationEventId { get; private set; }
    public Guid SubscriptionId { get; private set; }

    /// <summary>The fair, copied from the event so that the log of one fair is one index range.</summary>
    public Guid EventId { get; private set; }
    public string Type { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? ClaimedUntil { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }
    public int? LastStatusCode { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DateTimeOffset? FailedAt { get; private set; }

    /// <summary>Times an organizer asked for it again.</summary>
    public int Replays { get; private set; }

    public DeliveryStatus Status => DeliveredAt is not null ? DeliveryStatus.Delivered
        : FailedAt is not null ? DeliveryStatus.Failed
        : Attempts > 0 ? DeliveryStatus.Retrying
        : DeliveryStatus.Pending;
}
