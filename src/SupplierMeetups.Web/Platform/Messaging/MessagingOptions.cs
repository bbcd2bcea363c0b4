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
}
