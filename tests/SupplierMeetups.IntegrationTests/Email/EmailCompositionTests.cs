using System.Net;
using System.Net.Http.Json;
using MimeKit;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Registration;

namespace SupplierMeetups.IntegrationTests.Email;

/// <summary>
/// What lands in the pickup folder: headers written by MimeKit from names and subjects that may hold anything
/// (a row saved before names were checked, or a check that missed something), parsed back by MimeKit.
/// </summary>
public sealed class EmailCompositionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string HeaderInjection = "Vera\"\r\nReply-To: attacker@evil.test\r\nX-Injected: \"";

    private readonly OutboxProbe outbox = new(factory);

    public static TheoryData<string> HostileNames() => new()
    {
        HeaderInjection,
        "Vera\"",
        "Vera\nBcc: attacker@evil.test",
        "Vera\rCc: attacker@evil.test",
        "Vera <attacker@evil.test>, Bob",
        "Vera =?utf-8?q?X-Injected=3A_1?=\u0007",
    };

    [Theory]
    [MemberData(nameof(HostileNames))]
    public async Task Dispatch_WhenDisplayNameCarriesHeaderSyntax_WritesOneRecipientAndNoOtherHeader(string name)
    {
        var address = OutboxProbe.NewAddress();

        var id = await outbox.OweAsync(address, name, "Görüşme talebi");

        using var message = await outbox.SentMessageAsync(id);
        var recipient = Assert.IsType<MailboxAddress>(Assert.Single(message.To));
        Assert.Equal(address, recipient.Address);
        Assert.StartsWith("Vera", recipient.Name, StringComparison.Ordinal);
        Assert.Empty(message.ReplyTo);
        Assert.Empty(message.Cc);
        Assert.Empty(message.Bcc);
        Assert.DoesNotContain(message.Headers, h => h.Field.Equals("X-Injected", StringComparison.OrdinalIgnoreCase));
        Assert.Single(message.Headers, h => h.Id == HeaderId.To);
        Assert.DoesNotMatch("(?im)^(Reply-To|X-Injected|Bcc|Cc):", outbox.RawHeaders(id));
    }

    [Fact]
    public async Task RegisterVisitor_WhenFullNameCarriesHeaderLines_SendsNoInjectedHeaderOrRefusesTheName()
    {
        var eventId = await RegistrationSeed.EventAsync(factory);
        var address = OutboxProbe.NewAddress();

        var response = await factory.Anonymous().PostAsJsonAsync($"/api/v1/events/{eventId}/visitors",
            new { fullName = HeaderInjection, organization = "Selçuk Üniversitesi", email = address, acceptConsent = true }, TestContext.Current.CancellationToken);

        // Refusing control characters in names is another safeguard; when the name gets through, the e-mail must still be clean.
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Empty(await RegistrationSeed.VisitorsAsync(factory, eventId));
            return;
        }
        Assert.True(response.IsSuccessStatusCode, $"registration answered {response.StatusCode}");
        await Eventually.TrueAsync(() => MailFileTo(address) is not null, TimeSpan.FromSeconds(30), "no confirmation e-mail");
        var file = MailFileTo(address)!;
        using var message = MimeMessage.Load(file, TestContext.Current.CancellationToken);
        Assert.Equal(address, Assert.IsType<MailboxAddress>(Assert.Single(message.To)).Address);
        Assert.Empty(message.ReplyTo);
        Assert.DoesNotContain(message.Headers, h => h.Field.Equals("X-Injected", StringComparison.OrdinalIgnoreCase));
        var raw = File.ReadAllText(file);
        Assert.DoesNotMatch("(?im)^(Reply-To|X-Injected):", raw[..raw.IndexOf("\r\n\r\n", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task Dispatch_WhenSubjectHasLineBreaks_SendsItOnOneLine()
    {
        var id = await outbox.OweAsync(OutboxProbe.NewAddress(), "Mustafa Büyükeğen", "İŞBİR\r\nElektrik\nsizinle görüşmek istiyor\r");

        using var message = await outbox.SentMessageAsync(id);

        Assert.Equal("İŞBİR Elektrik sizinle görüşmek istiyor", message.Subject);
    }

    [Fact]
    public async Task Dispatch_WhenNamesAreTurkish_EncodesTheHeadersAndTheyDecodeToTheSameText()
    {
        var address = OutboxProbe.NewAddress();

        var id = await outbox.OweAsync(address, "Mustafa Büyükeğen", "İŞBİR Elektrik sizinle görüşmek istiyor");

        using var message = await outbox.SentMessageAsync(id);
        Assert.Equal("Mustafa Büyükeğen", Assert.IsType<MailboxAddress>(Assert.Single(message.To)).Name);
        Assert.Equal("İŞBİR Elektrik sizinle görüşmek istiyor", message.Subject);
        Assert.Equal("Merhaba, görüşmeniz hazır.", message.TextBody?.TrimEnd());
        Assert.Contains("görüşmeniz", message.HtmlBody, StringComparison.Ordinal);
        Assert.All(outbox.RawHeaders(id), c => Assert.True(c < 128, $"a raw non-ASCII character '{c}' in the headers"));
    }

    [Fact]
    public async Task Dispatch_WhenSentAgainAfterACrash_ReplacesTheFileWithTheSameMessageId()
    {
        var address = OutboxProbe.NewAddress();
        var id = await outbox.OweAsync(address, "Mustafa Büyükeğen", "Hesabınızı doğrulayın");
        string? first;
        using (var message = await outbox.SentMessageAsync(id))
        {
            first = message.MessageId;
        }

        await outbox.ForgetSentAsync(id);

        await outbox.WaitUntilSentAsync(id, attempts: 2);
        using var again = MimeMessage.Load(outbox.FileOf(id), TestContext.Current.CancellationToken);
        Assert.Equal($"{id}@suppliermeetups", first);
        Assert.Equal(first, again.MessageId);
        Assert.Single(factory.MailFiles(), f => Eml.Read(f).To.Contains(address, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dispatch_WhenAKilledWriteLeftStagingFiles_StillSendsAndClearsThem()
    {
        var staging = Directory.CreateDirectory(Path.Combine(factory.MailDirectory, ".staging"));

        var id = await outbox.OweAsync(OutboxProbe.NewAddress(), "Mustafa Büyükeğen", "Hesabınızı doğrulayın", beforeSave: emailId =>
        {
            // What killed writes leave: the folder of the former SmtpClient-based writer, with half a message in it, and a temporary file.
            var folder = Directory.CreateDirectory(Path.Combine(staging.FullName, emailId.ToString("N")));
            File.WriteAllText(Path.Combine(folder.FullName, "half.eml"), "From: x\r\nSubj");
            File.WriteAllText(Path.Combine(staging.FullName, $"{emailId:N}.0123456789abcdef.tmp"), "To: x");
        });

        using var message = await outbox.SentMessageAsync(id);
        Assert.Equal("Hesabınızı doğrulayın", message.Subject);
        Assert.Empty(staging.EnumerateFileSystemInfos($"{id:N}*"));
    }

    private string? MailFileTo(string address) =>
        factory.MailFiles().FirstOrDefault(f => Eml.Read(f).To.Contains(address, StringComparison.OrdinalIgnoreCase));
}
