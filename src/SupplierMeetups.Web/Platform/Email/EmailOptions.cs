namespace SupplierMeetups.Web.Platform.Email;

public enum EmailDelivery
{
    /// <summary>Writes each message as an .eml file to the pickup folder in the data directory.</summary>
    Pickup,
    Smtp,
}

public sealed class EmailOptions
{
    public const string Section = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.Pickup;
    public string FromAddress { get; set; } = "etkinlik@suppliermeetups.local";
    public string FromName { get; set; } = "SupplierMeetups";

    /// <summary>Absolute, or relative to the data directory.</summary>
    public string PickupDirectory { get; set; } = "mail";

    /// <summary>The address links in e-mails point to.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public SmtpSettings Smtp { get; set; } = new();

    public int MaxAttempts { get; set; } = 8;

    public sealed class SmtpSettings
    {
        public string Host { get; set; } = "localhost";
        public int Port { get; set; } = 25;
        public bool EnableSsl { get; set; }
        public string? UserName { get; set; }
        public string? Password { get; set; }
    }
}
