using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.IntegrationTests.Registration;

public sealed class FirmLogoTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly byte[] Png = TestImages.Png();
    private static readonly byte[] Jpeg = TestImages.Jpeg();
    private static readonly byte[] Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert('x')</script></svg>"u8.ToArray();

    private static byte[] Image(byte[] signature, int size)
    {
        var bytes = new byte[size];
        signature.CopyTo(bytes, 0);
        return bytes;
    }

    private async Task<(Guid EventId, Guid FirmId, string Email)> SupplierAsync()
    {
        var eventId = await factory.SeedEventAsync();
        var (firmId, email) = await factory.RegisterSupplierAsync(eventId);
        return (eventId, firmId, email);
    }

    private static MultipartFormDataContent File(byte[] bytes, string contentType, string fileName = "logo.png")
    {
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { part, "file", fileName } };
    }

    private Task<string?> LogoFileNameAsync(Guid firmId) =>
        factory.WithDbAsync(db => db.Set<Firm>().Where(f => f.Id == firmId).Select(f => f.LogoFileName).SingleAsync(TestContext.Current.CancellationToken));

    /// <summary>The catalog is for the event's approved primes only.</summary>
    private async Task<string> ApprovedPrimeAsync(Guid eventId)
    {
        var email = await factory.CreateUserAsync(Roles.Prime);
        await factory.WithDbAsync(async db =>
        {
            var userId = await db.Set<AppUser>().Where(u => u.Email == email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
            var firm = new Firm { ShortName = "ASELSAN", LegalName = "ASELSAN A.Ş.", City = "Ankara" };
            db.AddRange(firm, new Participation { EventId = eventId, FirmId = firm.Id, Type = ParticipationType.Prime, Status = ParticipationStatus.Approved, ContactUserId = userId });
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        return email;
    }

    private string LogoPath(string name) => Path.Combine(factory.DataDirectory, "uploads", "logos", name);

    [Fact]
    public async Task UploadLogo_OnThePageWhenPng_StoresItAndShowsItOnMyFirmAndToPrimesOnTheSupplierProfile()
    {
        var (eventId, firmId, email) = await SupplierAsync();
        var supplier = await factory.SignedInPagesAsync(email);

        // The part is named "proof.pdf" by the helper: the name does not decide, the bytes do.
        var response = await supplier.PostWithFileAsync($"/firms/{firmId}/logo", "Upload", [], "logo", Png, "image/png");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var name = await LogoFileNameAsync(firmId);
        Assert.NotNull(name);
        Assert.Equal(Png, await System.IO.File.ReadAllBytesAsync(LogoPath(name), TestContext.Current.CancellationToken));
        var myFirm = await (await supplier.GetAsync("/my/firm", TestContext.Current.CancellationToken)).HtmlAsync();
        var src = myFirm.QuerySelector("img[data-testid=firm-logo]")?.GetAttribute("src");
        Assert.NotNull(src);
        await factory.ApproveAsync(eventId, firmId);
        var prime = await factory.SignedInPagesAsync(await ApprovedPrimeAsync(eventId));
        var profile = await (await prime.GetAsync($"/events/{eventId}/catalog/{firmId}", TestContext.Current.CancellationToken)).HtmlAsync();
        Assert.Equal(src, profile.QuerySelector("img[data-testid=firm-logo]")?.GetAttribute("src"));
        var image = await prime.GetAsync(src, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await image.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task UploadLogoApi_WhenReplacingPngWithJpeg_PointsToTheNewFileAndRemovesTheOld()
    {
        var (eventId, firmId, email) = await SupplierAsync();
        var client = await factory.SignedInAsync(email);
        var url = $"/api/v1/events/{eventId}/firms/{firmId}/logo";
        (await client.PutAsync(url, File(Png, "image/png"), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var first = await LogoFileNameAsync(firmId);

        var response = await client.PutAsync(url, File(Jpeg, "application/octet-stream", "logo.bin"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(url, (await response.JsonAsync()).GetProperty("url").GetString());
        var second = await LogoFileNameAsync(firmId);
        Assert.NotEqual(first, second);
        Assert.False(System.IO.File.Exists(LogoPath(first!)));
        var image = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Jpeg, await image.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("tr-TR", "SVG logolar, içlerinde betik taşıyabildikleri için kabul edilmiyor")]
    [InlineData("en-US", "SVG logos are not accepted, as they can carry scripts")]
    public async Task UploadLogoApi_WhenSvg_RefusesInTheCallersLanguageAndKeepsTheOldLogo(string language, string message)
    {
        var (eventId, firmId, email) = await SupplierAsync();
        var client = await factory.SignedInAsync(email, language);
        var url = $"/api/v1/events/{eventId}/firms/{firmId}/logo";
        (await client.PutAsync(url, File(Png, "image/png"), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var before = await LogoFileNameAsync(firmId);
        var files = Directory.GetFiles(Path.GetDirectoryName(LogoPath(before!))!).Length;

        var response = await client.PutAsync(url, File(Svg, "image/png", "logo.png"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(message, (await response.JsonAsync()).GetProperty("errors").GetProperty("file")[0].GetString());
        Assert.Equal(before, await LogoFileNameAsync(firmId));
        Assert.True(System.IO.File.Exists(LogoPath(before!)));
        Assert.Equal(files, Directory.GetFiles(Path.GetDirectoryName(LogoPath(before!))!).Length);
    }

    [Theory]
    [InlineData("tr-TR", "Logo PNG veya JPEG biçiminde bir görsel olmalı.")]
    [InlineData("en-US", "The logo must be a PNG or JPEG image.")]
    public async Task UploadLogo_OnThePageWhenPdfDeclaredAsPng_RefusesInTheUsersLanguageAndSavesNothing(string language, string message)
    {
        var (_, firmId, email) = await SupplierAsync();
        var supplier = await factory.SignedInPagesAsync(email, language);

        var response = await supplier.PostWithFileAsync($"/firms/{firmId}/logo", "Upload", [], "logo", Multipart.Pdf(), "image/png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await response.HtmlAsync()).QuerySelector("[data-testid=logo-error]")?.TextContent);
        Assert.Null(await LogoFileNameAsync(firmId));
    }

    [Theory]
    [InlineData("tr-TR", "Logo 1 MB'tan büyük.")]
    [InlineData("en-US", "The logo is larger than 1 MB.")]
    public async Task UploadLogoApi_WhenLargerThan1Mb_RefusesAndSavesNothing(string language, string message)
    {
        var (eventId, firmId, email) = await SupplierAsync();
        var client = await factory.SignedInAsync(email, language);

        var response = await client.PutAsync($"/api/v1/events/{eventId}/firms/{firmId}/logo", File(Image([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 1024 * 1024 + 1), "image/png"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await response.JsonAsync()).GetProperty("errors").GetProperty("file")[0].GetString());
        Assert.Null(await LogoFileNameAsync(firmId));
    }

    [Fact]
    public async Task UploadLogoApi_WhenAnonymous_Answers401AndSavesNothing()
    {
        var (eventId, firmId, _) = await SupplierAsync();

        var response = await factory.Anonymous().PutAsync($"/api/v1/events/{eventId}/firms/{firmId}/logo", File(Png, "image/png"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await LogoFileNameAsync(firmId));
    }

    [Theory]
    [InlineData(Roles.Supplier)]
    [InlineData(Roles.Prime)]
    [InlineData(Roles.Visitor)]
    public async Task UploadLogoApi_WhenNotTheFirmsContactNorOrganizer_Answers403AndSavesNothing(string role)
    {
        var (eventId, firmId, _) = await SupplierAsync();
        var other = await factory.SignedInAsync(await factory.CreateUserAsync(role));

        var response = await other.PutAsync($"/api/v1/events/{eventId}/firms/{firmId}/logo", File(Png, "image/png"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await LogoFileNameAsync(firmId));
    }

    [Fact]
    public async Task UploadLogoPage_WhenAnotherFirmsContact_IsForbiddenAndSavesNothing()
    {
        var (_, firmId, _) = await SupplierAsync();
        var (_, _, otherEmail) = await SupplierAsync();
        var other = await factory.SignedInPagesAsync(otherEmail);

        var page = await other.GetAsync($"/firms/{firmId}/logo", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/access-denied", page.Headers.Location?.AbsolutePath);
        Assert.Null(await LogoFileNameAsync(firmId));
    }

    [Fact]
    public async Task UploadLogoApi_WhenOrganizer_StoresIt()
    {
        var (eventId, firmId, _) = await SupplierAsync();
        var organizer = await factory.SignedInAsync(PlatformFactory.OrganizerEmail);

        var response = await organizer.PutAsync($"/api/v1/events/{eventId}/firms/{firmId}/logo", File(Jpeg, "image/jpeg"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(".jpg", await LogoFileNameAsync(firmId));
    }

    [Fact]
    public async Task GetLogo_WhenPrimeLooksAtAnUnapprovedFirm_Answers403()
    {
        var (eventId, firmId, email) = await SupplierAsync();
        var url = $"/api/v1/events/{eventId}/firms/{firmId}/logo";
        await (await factory.SignedInAsync(email)).PutAsync(url, File(Png, "image/png"), TestContext.Current.CancellationToken);
        var prime = await factory.SignedInAsync(await factory.CreateUserAsync(Roles.Prime));

        var response = await prime.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("png-then-svg")]
    [InlineData("png-cut-short")]
    [InlineData("jpeg-then-script")]
    public async Task UploadLogoApi_WhenOnlyTheSignatureIsAnImage_RefusesAndStoresNothing(string kind)
    {
        var (eventId, firmId, email) = await SupplierAsync();
        var client = await factory.SignedInAsync(email, "en-US");
        var bytes = kind switch
        {
            "png-then-svg" => [.. Png.Take(8), .. Svg],
            "png-cut-short" => Png[..^12],
            _ => [.. Jpeg, .. "<script>alert(1)</script>"u8],
        };

        var response = await client.PutAsync($"/api/v1/events/{eventId}/firms/{firmId}/logo", File(bytes, "image/png"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The logo file is not a complete PNG or JPEG image.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Null(await LogoFileNameAsync(firmId));
    }

    [Fact]
    public async Task GetLogoApi_WhenStored_ServesItInlineWithItsTypeAndNoSniffing()
    {
        var (eventId, firmId, email) = await SupplierAsync();
        var client = await factory.SignedInAsync(email);
        var url = $"/api/v1/events/{eventId}/firms/{firmId}/logo";
        (await client.PutAsync(url, File(Jpeg, "image/jpeg", "logo.jpg"), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var image = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal("image/jpeg", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(image.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("inline", image.Content.Headers.ContentDisposition?.DispositionType);
    }
}
