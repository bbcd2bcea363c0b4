using MailKit.Security;

namespace SupplierMeetups.Web.Platform.Email;

public enum EmailFault
{
    BeforeSend,
    AfterSend,
}

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

    /// <summary>How many days the bodies of sent (or given up) e-mails are kept; <see cref="EmailRetention"/> blanks older ones.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>
    /// How long a worker's claim on an e-mail lasts; renewed every third of it while sending, so after a crash the
    /// e-mail is taken over by another instance (or the restarted one) once this passes.
    /// </summary>
    public int ClaimSeconds { get; set; } = 15;

    /// <summary>
    /// The sweep leaves an e-mail this long to the bus before it takes it over: under a burst of registrations
    /// the job would otherwise scan and race the consumers for rows they are about to send anyway.
    /// </summary>
    public int SweepGraceSeconds { get; set; } = 10;

    /// <summary>
    /// Test seam for the crash tests: called at the named points of sending. Set only from configuration
    /// (<c>Email:CrashAt</c>) by tests that kill the process there; never set in production.
    /// </summary>
    public Action<EmailFault>? Faults { get; set; }

    public sealed class SmtpSettings
    {
        public string Host { get; set; } = "localhost";
        public int Port { get; set; } = 25;
        public bool EnableSsl { get; set; }

        /// <summary>
        /// MailKit's <see cref="MailKit.Security.SecureSocketOptions"/> by name (None, Auto, SslOnConnect, StartTls,
        /// StartTlsWhenAvailable). Unset, <see cref="EnableSsl"/> decides: TLS required (on connect on port 465,
        /// by STARTTLS elsewhere), or none.
        /// </summary>
        public SecureSocketOptions? Security { get; set; }

        public string? UserName { get; set; }
        public string? Password { get; set; }
        public int TimeoutSeconds { get; set; } = 60;

        public SecureSocketOptions SecureSocketOptions() => Security
            ?? (!EnableSsl ? MailKit.Security.SecureSocketOptions.None
                : Port == 465 ? MailKit.Security.SecureSocketOptions.SslOnConnect
                : MailKit.Security.SecureSocketOptions.StartTls);
    }
}
