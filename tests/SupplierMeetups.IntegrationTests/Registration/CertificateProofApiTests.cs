using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Registration;

public sealed class CertificateProofApiTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private sealed record Arranged(Guid EventId, Guid FirmId, Guid CertificateId, HttpClient Contact, string Url);

    /// <summary>A supplier with one certificate (added on the qualifications page, without a proof yet).</summary>
    private async Task<Arranged> CertificateAsync(bool shared = false, string language = "tr-TR")
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        var page = await factory.SignedInPagesAsync(email);
        await page.PostWithFileAsync($"/firms/{firmId}/qualifications", "Certificate", new()
        {
            ["Certificate.Kind"] = "ISO 9001", ["Certificate.IssuedOn"] = "2024-01-10", ["Certificate.ValidUntil"] = "2027-01-10",
            ["Certificate.SharedWithPrimes"] = shared ? "true" : "false",
        }, "proof", null, "");
        var certificateId = Assert.Single(await CertificatesAsync(firmId)).Id;
        return new Arranged(eventId, firmId, certificateId, await factory.SignedInAsync(email, language),
            $"/api/v1/events/{eventId}/firms/{firmId}/certificates/{certificateId}/proof");
    }

    private Task<List<Certificate>> CertificatesAsync(Guid firmId) =>
        factory.WithDbAsync(async db => (await db.Set<Firm>().AsNoTracking().SingleAsync(f => f.Id == firmId, TestContext.Current.CancellationToken)).Qualifications.Certificates);

    private int Uploads() =>
        Directory.Exists(Path.Combine(factory.DataDirectory, "uploads")) ? Directory.GetFiles(Path.Combine(factory.DataDirectory, "uploads")).Length : 0;

    private static MultipartFormDataContent Proof(byte[] file, string contentType = "application/pdf")
    {
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { part, "proof", "kanıt.pdf" } };
    }

    [Fact]
    public async Task UploadProof_WhenContactSendsAPdf_StoresItAndTheSameBytesDownload()
    {
        var firm = await CertificateAsync();
        var pdf = Multipart.Pdf(3000);

        var upload = await firm.Contact.PutAsync(firm.Url, Proof(pdf), TestContext.Current.CancellationToken);
        var download = await firm.Contact.GetAsync(firm.Url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, upload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.NotNull(Assert.Single(await CertificatesAsync(firm.FirmId)).ProofFileName);
    }

    [Fact]
    public async Task DownloadProof_WhenStored_ComesAsAnAttachmentThatBrowsersMayNotSniff()
    {
        var firm = await CertificateAsync();
        (await firm.Contact.PutAsync(firm.Url, Proof(Multipart.Pdf(3000)), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var download = await firm.Contact.GetAsync(firm.Url, TestContext.Current.CancellationToken);

        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task UploadProof_WhenReplacingAnEarlierOne_KeepsOnlyTheNewFile()
    {
        var firm = await CertificateAsync();
        await firm.Contact.PutAsync(firm.Url, Proof(Multipart.Pdf(1000)), TestContext.Current.CancellationToken);
        var uploads = Uploads();

        var second = await firm.Contact.PutAsync(firm.Url, Proof(Multipart.Pdf(2000)), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal(uploads, Uploads());
        Assert.Equal(2000, (await firm.Contact.GetByteArrayAsync(firm.Url, TestContext.Current.CancellationToken)).Length);
    }

    [Fact]
    public async Task UploadProof_WhenNotAPdf_AnswersATurkishProblemAndSavesNothing()
    {
        var firm = await CertificateAsync();
        var uploads = Uploads();
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0 };

        var response = await firm.Contact.PutAsync(firm.Url, Proof(png), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Belge bir PDF dosyası olmalıdır.", (await response.JsonAsync()).GetProperty("errors").GetProperty("proof")[0].GetString());
        Assert.Null(Assert.Single(await CertificatesAsync(firm.FirmId)).ProofFileName);
        Assert.Equal(uploads, Uploads());
    }

    [Fact]
    public async Task UploadProof_WhenLargerThan5Mb_AnswersAnEnglishProblemAndKeepsTheEarlierProof()
    {
        var firm = await CertificateAsync(language: "en-US");
        await firm.Contact.PutAsync(firm.Url, Proof(Multipart.Pdf(1000)), TestContext.Current.CancellationToken);
        var uploads = Uploads();

        var response = await firm.Contact.PutAsync(firm.Url, Proof(Multipart.Pdf(5 * 1024 * 1024 + 1)), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The proof file is larger than 5 MB.", (await response.JsonAsync()).GetProperty("errors").GetProperty("proof")[0].GetString());
        Assert.Equal(uploads, Uploads());
        Assert.Equal(1000, (await firm.Contact.GetByteArrayAsync(firm.Url, TestContext.Current.CancellationToken)).Length);
    }

    [Fact]
    public async Task UploadProof_WhenNoFile_AnswersATurkishProblem()
    {
        var firm = await CertificateAsync();

        var response = await firm.Contact.PutAsync(firm.Url, new MultipartFormDataContent { { new StringContent("x"), "other" } }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Belgeyi PDF dosyası olarak ekleyin (\"proof\" form alanı).", (await response.JsonAsync()).GetProperty("errors").GetProperty("proof")[0].GetString());
    }

    [Fact]
    public async Task UploadProof_WhenAnonymousOrAnotherFirmOrPrime_Answers401Or403AndOrganizerMay()
    {
        var firm = await CertificateAsync();
        var (_, otherEmail) = await factory.RegisterSupplierAsync(firm.EventId);

        var anonymous = await factory.Anonymous().PutAsync(firm.Url, Proof(Multipart.Pdf()), TestContext.Current.CancellationToken);
        var other = await (await factory.SignedInAsync(otherEmail)).PutAsync(firm.Url, Proof(Multipart.Pdf()), TestContext.Current.CancellationToken);
        var prime = await (await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Prime))).PutAsync(firm.Url, Proof(Multipart.Pdf()), TestContext.Current.CancellationToken);
        var stored = Assert.Single(await CertificatesAsync(firm.FirmId)).ProofFileName;
        var organizer = await (await factory.SignedInAsync(PlatformFactory.OrganizerEmail)).PutAsync(firm.Url, Proof(Multipart.Pdf()), TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NoContent),
            (anonymous.StatusCode, other.StatusCode, prime.StatusCode, organizer.StatusCode));
        Assert.Null(stored);
    }

    [Theory]
    [InlineData(false, HttpStatusCode.Forbidden)]
    [InlineData(true, HttpStatusCode.OK)]
    public async Task DownloadProof_WhenPrimeLooksAtApprovedSupplier_NeedsTheSupplierToShareIt(bool shared, HttpStatusCode expected)
    {
        var firm = await CertificateAsync(shared);
        await firm.Contact.PutAsync(firm.Url, Proof(Multipart.Pdf()), TestContext.Current.CancellationToken);
        await factory.ApproveAsync(firm.EventId, firm.FirmId);
        var prime = await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Prime));

        var response = await prime.GetAsync(firm.Url, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task DownloadProof_WhenAnonymousOrAnotherSupplier_Answers401Or403()
    {
        var firm = await CertificateAsync(shared: true);
        await firm.Contact.PutAsync(firm.Url, Proof(Multipart.Pdf()), TestContext.Current.CancellationToken);
        await factory.ApproveAsync(firm.EventId, firm.FirmId);

        var anonymous = await factory.Anonymous().GetAsync(firm.Url, TestContext.Current.CancellationToken);
        var other = await (await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Supplier))).GetAsync(firm.Url, TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden), (anonymous.StatusCode, other.StatusCode));
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
    }
}
