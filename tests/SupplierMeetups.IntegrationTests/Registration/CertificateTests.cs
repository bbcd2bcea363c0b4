using System.Net;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Registration;

public sealed class CertificateTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static Dictionary<string, string> Certificate(string issued = "2024-01-10", string until = "2027-01-10", bool shared = false) => new()
    {
        ["Certificate.Kind"] = "AQAP-2110",
        ["Certificate.Number"] = "AQ-7781",
        ["Certificate.IssuedOn"] = issued,
        ["Certificate.ValidUntil"] = until,
        ["Certificate.SharedWithPrimes"] = shared ? "true" : "false",
    };

    private async Task<(Guid FirmId, HttpClient Client, string Page)> SupplierAsync(string language = "tr-TR")
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        return (firmId, await factory.SignedInPagesAsync(email, language), $"/firms/{firmId}/qualifications");
    }

    private int Uploads() =>
        Directory.Exists(Path.Combine(factory.DataDirectory, "uploads")) ? Directory.GetFiles(Path.Combine(factory.DataDirectory, "uploads")).Length : 0;

    private Task<List<Certificate>> CertificatesAsync(Guid firmId) =>
        factory.WithDbAsync(async db => (await db.Set<Firm>().SingleAsync(f => f.Id == firmId, TestContext.Current.CancellationToken)).Qualifications.Certificates);

    [Fact]
    public async Task AddCertificate_WhenPdfProofValid_StoresItUnderUploadsAndTheFirmDownloadsIt()
    {
        var (firmId, client, page) = await SupplierAsync();
        var pdf = Multipart.Pdf();

        var response = await client.PostWithFileAsync(page, "Certificate", Certificate(), "proof", pdf, "application/pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = Assert.Single(await CertificatesAsync(firmId));
        Assert.Equal("AQAP-2110", stored.Kind);
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "uploads", stored.ProofFileName!)));
        var download = await client.GetAsync($"/firms/{firmId}/certificates/{stored.Id}/proof", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AddCertificate_WhenProofIsNotPdf_RefusesInTurkishAndSavesNothing()
    {
        var (firmId, client, page) = await SupplierAsync();
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0 };
        var uploadsBefore = Uploads();

        var response = await client.PostWithFileAsync(page, "Certificate", Certificate(), "proof", png, "application/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Belge bir PDF dosyası olmalıdır.", (await response.HtmlAsync()).Body!.TextContent);
        Assert.Empty(await CertificatesAsync(firmId));
        Assert.Equal(uploadsBefore, Uploads());
    }

    [Fact]
    public async Task AddCertificate_WhenProofLargerThan5Mb_RefusesInEnglishAndSavesNothing()
    {
        var (firmId, client, page) = await SupplierAsync("en-US");

        var response = await client.PostWithFileAsync(page, "Certificate", Certificate(), "proof", Multipart.Pdf(5 * 1024 * 1024 + 1), "application/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The proof file is larger than 5 MB.", (await response.HtmlAsync()).Body!.TextContent);
        Assert.Empty(await CertificatesAsync(firmId));
    }

    [Fact]
    public async Task AddCertificate_WhenValidityEndsBeforeIssue_RefusesInTurkishAndSavesNothing()
    {
        var (firmId, client, page) = await SupplierAsync();

        var response = await client.PostWithFileAsync(page, "Certificate", Certificate(issued: "2025-05-01", until: "2024-05-01"), "proof", null, "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sertifikanın geçerliliği veriliş tarihinden sonra bitmelidir.", (await response.HtmlAsync()).Body!.TextContent);
        Assert.Empty(await CertificatesAsync(firmId));
    }

    [Fact]
    public async Task QualificationsPage_WhenCertificateEndsBeforeTheEventEnds_ShowsItExpired()
    {
        var (_, client, page) = await SupplierAsync();
        var lastDay = RegistrationScenario.EventEnd;
        await client.PostWithFileAsync(page, "Certificate", Certificate(until: lastDay.AddDays(-1).ToString("yyyy-MM-dd")), "proof", null, "");
        var valid = Certificate(until: lastDay.ToString("yyyy-MM-dd"));
        valid["Certificate.Kind"] = "ISO 9001";
        await client.PostWithFileAsync(page, "Certificate", valid, "proof", null, "");

        var html = await (await client.GetAsync(page, TestContext.Current.CancellationToken)).HtmlAsync();

        var rows = html.QuerySelectorAll("[data-testid=certificate]").ToDictionary(r => r.Children[0].TextContent, r => r.ClassList.Contains("expired"));
        Assert.True(rows["AQAP-2110"]);
        Assert.False(rows["ISO 9001"]);
    }

    [Fact]
    public async Task UpdateQualifications_WhenNcageMalformed_RefusesInTurkishAndKeepsTheOldValues()
    {
        var (firmId, client, page) = await SupplierAsync();

        var response = await client.PostFormAsync(page, new() { ["Input.NcageCode"] = "T12-4", ["Input.YetenRegistered"] = "true" }, handler: "Qualifications");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("T12-4 bir NCAGE kodu değil", (await response.HtmlAsync()).Body!.TextContent);
        var stored = await factory.WithDbAsync(db => db.Set<Firm>().SingleAsync(f => f.Id == firmId, TestContext.Current.CancellationToken));
        Assert.False(stored.Qualifications.YetenRegistered);
    }

    [Fact]
    public async Task UpdateQualifications_WhenValid_StoresThemWithTheNcageUpperCased()
    {
        var (firmId, client, page) = await SupplierAsync();

        var response = await client.PostFormAsync(page, new()
        {
            ["Input.MsbApproved"] = "true", ["Input.MsbDocumentNumber"] = "MSB-4411", ["Input.MsbValidUntil"] = "2027-03-01",
            ["Input.EydepAssessed"] = "true", ["Input.EydepLevel"] = "3", ["Input.NcageCode"] = "t0a1b", ["Input.YetenRegistered"] = "true",
            ["Input.FacilityClearanceLevel"] = "Gizli", ["Input.FacilityClearanceValidUntil"] = "2028-01-01",
        }, handler: "Qualifications");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var q = (await factory.WithDbAsync(db => db.Set<Firm>().SingleAsync(f => f.Id == firmId, TestContext.Current.CancellationToken))).Qualifications;
        Assert.Equal(("T0A1B", 3, "MSB-4411", "Gizli"), (q.NcageCode, q.EydepLevel!.Value, q.MsbDocumentNumber, q.FacilityClearanceLevel));
        Assert.True(q.YetenRegistered);
    }

    [Fact]
    public async Task QualificationsPage_WhenAnotherFirmsUser_Answers403()
    {
        var (firmId, _, page) = await SupplierAsync();
        var (_, otherEmail) = await factory.RegisterSupplierAsync(await factory.SeedEventAsync());
        var other = await factory.SignedInAsync(otherEmail);

        var response = await other.GetAsync(page, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task QualificationsPage_WhenAnonymous_RedirectsToSignIn()
    {
        var (_, _, page) = await SupplierAsync();

        var response = await factory.Anonymous().GetAsync(page, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData(false, HttpStatusCode.Forbidden)]
    [InlineData(true, HttpStatusCode.OK)]
    public async Task DownloadProof_WhenPrimeLooksAtApprovedSupplier_NeedsTheSupplierToShareIt(bool shared, HttpStatusCode expected)
    {
        var (firmId, client, page) = await SupplierAsync();
        await client.PostWithFileAsync(page, "Certificate", Certificate(shared: shared), "proof", Multipart.Pdf(), "application/pdf");
        await factory.WithDbAsync(db => db.Set<Participation>().Where(p => p.FirmId == firmId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ParticipationStatus.Approved), TestContext.Current.CancellationToken));
        var certificateId = Assert.Single(await CertificatesAsync(firmId)).Id;
        var prime = await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Prime));

        var response = await prime.GetAsync($"/firms/{firmId}/certificates/{certificateId}/proof", TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task DownloadProof_WhenAnotherSupplier_Answers403()
    {
        var (firmId, client, page) = await SupplierAsync();
        await client.PostWithFileAsync(page, "Certificate", Certificate(shared: true), "proof", Multipart.Pdf(), "application/pdf");
        var certificateId = Assert.Single(await CertificatesAsync(firmId)).Id;
        var other = await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Supplier));

        var response = await other.GetAsync($"/firms/{firmId}/certificates/{certificateId}/proof", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
