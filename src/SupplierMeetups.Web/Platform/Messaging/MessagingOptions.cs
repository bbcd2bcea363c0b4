namespace SupplierMeetups.Web.Platform.Messaging;

public enum MessagingTransport
{
    InMemory,
    RabbitMq,
}

public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    public MessagingTransport Transport { get; set; } = MessagingTransport.InMemory;

    /// <summary>Put before every queue name, so that several deployments (or test hosts) can share one broker.</summary>
    public string QueuePrefix { get; set; } = "";

    /// <summary>How long the background publisher waits for an unhealthy bus, then for the broker to take a message, before leaving the work to the sweep job; requests never wait for it.</summary>
    public int PublishTimeoutSeconds { get; set; } = 3;
}
