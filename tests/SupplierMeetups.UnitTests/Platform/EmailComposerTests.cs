using MailKit.Security;
using MimeKit;
using SupplierMeetups.Web.Platform.Email;

namespace SupplierMeetups.UnitTests.Platform;

public sealed class EmailComposerTests
{
    private static readonly DateTimeOffset Now = new(2025, 11, 5, 9, 0, 0, TimeSpan.FromHours(3));
    private static readonly EmailOptions Options = new() { FromName = "Konya Sanayi Odası", FromAddress = "etkinlik@kso.test" };

    private static OutgoingEmail Row(string toName = "Mustafa Büyükeğen", string subject = "İŞBİR Elektrik") =>
        new("mustafa@isbir.test", toName, subject, "Merhaba", "<p>Merhaba</p>", "account-confirmation", Now);

    private static MimeMessage RoundTrip(MimeMessage message)
    {
        var stream = new MemoryStream();
        message.WriteTo(stream);
        stream.Position = 0;
        return MimeMessage.Load(stream);
    }

    [Fact]
    public void Compose_WhenComposedTwice_GivesTheSameMessageIdAndDate()
    {
        var row = Row();

        using var first = EmailComposer.Compose(row, Options, []);
        using var second = EmailComposer.Compose(row, Options, []);

        Assert.Equal($"{row.Id}@suppliermeetups", first.MessageId);
        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Equal(Now, second.Date);
    }

    [Fact]
    public void Compose_WhenAPdfIsAttached_KeepsItByteForByteBesideTheTwoBodies()
    {
        var pdf = new byte[3000];
        new Random(7).NextBytes(pdf);

        using var message = RoundTrip(EmailComposer.Compose(Row(), Options,
            [new LoadedAttachment("yaka-kartı.pdf", new EmailAttachmentContent(pdf, "application/pdf"))]));

        var mixed = Assert.IsType<Multipart>(message.Body);
        Assert.Equal("mixed", mixed.ContentType.MediaSubtype);
        Assert.Equal(["plain", "html"], Assert.IsType<MultipartAlternative>(mixed[0]).Select(p => p.ContentType.MediaSubtype));
        var part = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal(ContentEncoding.Base64, part.ContentTransferEncoding);
        Assert.Equal("yaka-kartı.pdf", part.FileName);
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content, TestContext.Current.CancellationToken);
        Assert.Equal(pdf, content.ToArray());
        Assert.Equal("Konya Sanayi Odası", Assert.IsType<MailboxAddress>(Assert.Single(message.From)).Name);
    }

    [Theory]
    [InlineData("İŞBİR\r\nElektrik", "İŞBİR Elektrik")]
    [InlineData("Vera\"\r\nReply-To: a@evil.test", "Vera\" Reply-To: a@evil.test")]
    [InlineData("A\tB\u0000C\u2028D\n", "A B C D")]
    [InlineData("  Mustafa   Büyükeğen ", "Mustafa Büyükeğen")]
    public void SingleLine_WhenTextHasControlCharacters_ReplacesThemWithOneSpace(string text, string expected) =>
        Assert.Equal(expected, EmailComposer.SingleLine(text));

    [Theory]
    [InlineData(false, 25, null, SecureSocketOptions.None)]
    [InlineData(true, 465, null, SecureSocketOptions.SslOnConnect)]
    [InlineData(true, 587, null, SecureSocketOptions.StartTls)]
    [InlineData(false, 25, SecureSocketOptions.StartTlsWhenAvailable, SecureSocketOptions.StartTlsWhenAvailable)]
    public void SecureSocketOptions_WhenConfigured_FollowsSecurityThenEnableSsl(bool enableSsl, int port, SecureSocketOptions? security, SecureSocketOptions expected) =>
        Assert.Equal(expected, new EmailOptions.SmtpSettings { EnableSsl = enableSsl, Port = port, Security = security }.SecureSocketOptions());
}
