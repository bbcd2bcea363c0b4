using MimeKit;

namespace SupplierMeetups.IntegrationTests.Email;

/// <summary>SMTP cannot take a message back: a resend is a second delivery, and it must carry the same Message-ID.</summary>
public sealed class SmtpDeliveryTests(SmtpPlatformFactory factory) : IClassFixture<SmtpPlatformFactory>
{
    private readonly OutboxProbe outbox = new(factory);

    [Fact]
    public async Task Dispatch_WhenSentAgainOverSmtpAfterACrash_DeliversTheSameMessageIdTwice()
    {
        var address = OutboxProbe.NewAddress();
        var id = await outbox.OweAsync(address, "Mustafa Büyükeğen", "İŞBİR Elektrik sizinle görüşmek istiyor");
        await outbox.WaitUntilSentAsync(id);

        await outbox.ForgetSentAsync(id);

        await outbox.WaitUntilSentAsync(id, attempts: 2);
        var copies = DeliveriesTo(address);
        Assert.Equal(2, copies.Count);
        Assert.All(copies, copy =>
        {
            Assert.Equal($"{id}@suppliermeetups", copy.MessageId);
            Assert.Equal("Mustafa Büyükeğen", Assert.IsType<MailboxAddress>(Assert.Single(copy.To)).Name);
            Assert.Equal("İŞBİR Elektrik sizinle görüşmek istiyor", copy.Subject);
        });
        Assert.Empty(factory.MailFiles());
    }

    [Fact]
    public async Task Dispatch_WhenDisplayNameCarriesHeaderLinesOverSmtp_HasOneRecipientAndNoInjectedHeader()
    {
        var address = OutboxProbe.NewAddress();

        var id = await outbox.OweAsync(address, "Vera\"\r\nBcc: attacker@evil.test\r\nX-Injected: \"", "Görüşme talebi");

        await outbox.WaitUntilSentAsync(id);
        var delivery = Assert.Single(factory.Smtp.Received, d => d.Recipients.Contains(address));
        Assert.Equal([address], delivery.Recipients);
        using var message = MimeMessage.Load(new MemoryStream(delivery.Data), TestContext.Current.CancellationToken);
        Assert.Empty(message.Bcc);
        Assert.DoesNotContain(message.Headers, h => h.Field.Equals("X-Injected", StringComparison.OrdinalIgnoreCase));
    }

    private List<MimeMessage> DeliveriesTo(string address) =>
        factory.Smtp.Received.Where(d => d.Recipients.Contains(address))
            .Select(d => MimeMessage.Load(new MemoryStream(d.Data), TestContext.Current.CancellationToken)).ToList();
}
