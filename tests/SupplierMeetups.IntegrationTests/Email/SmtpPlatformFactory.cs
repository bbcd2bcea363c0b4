using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.Email;

/// <summary>The real app delivering over SMTP (MailKit) to a loopback server of the test's own.</summary>
public sealed class SmtpPlatformFactory : PlatformFactory
{
    public SmtpPlatformFactory() : this(new LoopbackSmtpServer())
    {
    }

    private SmtpPlatformFactory(LoopbackSmtpServer smtp) : base(new Dictionary<string, string?>
    {
        ["Email:Delivery"] = "Smtp",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:EnableSsl"] = "false",
    })
    {
        Smtp = smtp;
    }

    public LoopbackSmtpServer Smtp { get; }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
