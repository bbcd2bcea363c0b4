using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Registration;
using SupplierMeetups.UnitTests.Support;
using Integrator = SupplierMeetups.IntegratorClient;

namespace SupplierMeetups.IntegrationTests.Api;

/// <summary>
/// The integrator's journey through the client NSwag generated from the OpenAPI document alone
/// (tests/SupplierMeetups.IntegratorClient): the organizer's set-up (capability, event, prime invitation), sign-up, qualification, approval, booth request, meeting request,
/// accept, schedule, agenda PDF and badge, with no page and no hand-written request. The e-mailed confirmation link
/// and the organizer's authenticator app are the only things from outside the API, as they are for a real system.
/// </summary>
public sealed partial class GeneratedClientJourneyTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string FirmName = "İŞBİR Büyükeğen";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Journey_ThroughTheGeneratedClientOnly_ReachesTheAgendaPdfAndTheBadge()
    {
        // The organizer sets up what a fair needs: a capability of the taxonomy, the event with its meeting day and tables, and
        // the prime contractor ASELSAN, whose contact sets a password with the invitation's link.
        var organizer = await SignInAsync(PlatformFactory.OrganizerEmail);
        await new Integrator.TaxonomyClient(organizer).AddAsync(new Integrator.CapabilityInput { Code = "electronics", NameTr = "Elektronik", NameEn = "Electronics" }, Ct);
        var day = new DateTimeOffset(2030, 5, 6, 0, 0, 0, TimeSpan.Zero);
        var theEvent = await new Integrator.EventsClient(organizer).CreateAsync(new Integrator.EventInput
        {
            NameTr = "Savunma Sanayii Tedarikçi Buluşmaları", NameEn = "Defense Industry Supplier Meetings", Venue = "KTO Karatay Kongre Merkezi", City = "Konya",
            StartDate = day, EndDate = day, TimeZoneId = "Europe/Istanbul",
            MeetingDays = [new Integrator.MeetingDayInput { Date = day, Start = TimeSpan.FromHours(10), End = new TimeSpan(11, 20, 0), SlotMinutes = 20, Breaks = "" }],
            Tables = [new Integrator.TableInput { Code = "T01" }, new Integrator.TableInput { Code = "T02" }],
        }, Ct); // Halls left out, as the document allows: the client sends them as null
        var eventId = theEvent.Id;
        var primeEmail = $"aselsan-{Guid.NewGuid():N}@test.local";
        var primeFirm = await new Integrator.PrimeInvitationsClient(organizer).InviteAsync(eventId, new Integrator.PrimeInviteInput
        {
            ContactFullName = "İlker Büyükeğen", ContactEmail = primeEmail, Language = "tr", LegalName = "ASELSAN Elektronik Sanayi ve Ticaret A.Ş.",
            ShortName = "ASELSAN", Country = "TR", TaxNumber = RegistrationScenario.NewTaxNumber(), City = "Ankara", Address = "Macunköy", Employees = 10000, Capabilities = ["electronics"],
        }, Ct);
        Assert.Equal(Integrator.ParticipationStatus.Approved, primeFirm.Participation.Status);
        await SetPasswordFromTheInvitationAsync(primeEmail);
        var anonymous = factory.Anonymous();

        // Sign-up: the firm and its contact's account in one call, with a capability from the taxonomy.
        var capabilities = await new Integrator.CapabilitiesClient(anonymous).ListAsync(null, Ct);
        Assert.Contains(capabilities, c => c.Code == "electronics");
        var email = $"isbir-{Guid.NewGuid():N}@test.local";
        var firm = await new Integrator.FirmsClient(anonymous).RegisterAsync(eventId, new Integrator.RegisterFirmInput
        {
            ContactFullName = "Ayşe Yılmaz", ContactEmail = email, ContactPassword = PlatformFactory.Password,
            LegalName = FirmName + " Elektronik Sanayi A.Ş.", ShortName = FirmName, Country = "TR", TaxNumber = RegistrationScenario.NewTaxNumber(),
            City = "Ankara", Address = "OSTİM OSB", Employees = 40, Capabilities = ["electronics"],
            Type = Integrator.ParticipationType.Exhibitor, AcceptConsent = true, SubmissionToken = Guid.NewGuid(),
        }, Ct);
        Assert.Equal(FirmName, firm.ShortName);
        Assert.Equal(Integrator.ParticipationStatus.Pending, firm.Participation.Status);
        await ConfirmFromTheEmailAsync(email);
        var supplier = await SignInAsync(email);

        // Qualification, then the booth request: refused before the organizer approves, answered after.
        var certificates = new Integrator.CertificatesClient(supplier);
        var certificate = await certificates.AddAsync(eventId, firm.Id, new Integrator.CertificateInput
        {
            Kind = "AS/EN 9100", Number = "AS-1", IssuedOn = new DateTimeOffset(2024, 1, 10, 0, 0, 0, TimeSpan.Zero),
            ValidUntil = new DateTimeOffset(2031, 1, 10, 0, 0, 0, TimeSpan.Zero), SharedWithPrimes = true,
        }, Ct);
        Assert.Equal(new DateTime(2031, 1, 10), certificate.ValidUntil.Date); // a date: read in the local offset
        Assert.False(certificate.Expired);
        Assert.Equal(certificate.Id, Assert.Single(await certificates.ListAsync(eventId, firm.Id, Ct)).Id);
        var boothRequests = new Integrator.BoothRequestClient(supplier);
        var booth = new Integrator.BoothRequestInput { Area = 12, Type = Integrator.BoothType.Corner };
        var early = await Assert.ThrowsAsync<Integrator.ApiException<Integrator.ProblemDetails>>(() => boothRequests.PutAsync(eventId, booth, Ct));
        Assert.Equal(403, early.StatusCode);

        var pending = await new Integrator.FirmDirectoryClient(organizer).ListAsync(eventId, null, null, null, null, "Pending", null, null, null, null, Ct);
        Assert.Contains(pending.Items, f => f.FirmId == firm.Id);
        var approved = await new Integrator.FirmReviewClient(organizer).ApproveAsync(eventId, firm.Id, Ct);
        Assert.Equal(Integrator.ParticipationStatus.Approved, approved.Participation.Status);

        var requested = await boothRequests.PutAsync(eventId, booth, Ct);
        Assert.Equal(12d, requested.AreaSquareMetres);
        Assert.Equal(Integrator.BoothType.Corner, requested.Type);
        Assert.Equal(requested.UpdatedAt, (await boothRequests.GetAsync(eventId, Ct)).UpdatedAt, TimeSpan.FromMilliseconds(1)); // PostgreSQL keeps microseconds

        // The prime asks (3 = must meet), the supplier accepts, the organizer drafts and publishes.
        var prime = await SignInAsync(primeEmail);
        var found = await new Integrator.FirmDirectoryClient(prime).SuppliersAsync(eventId, "büyükeğen", null, null, null, null, null, null, null, null, Ct);
        Assert.Equal(FirmName, Assert.Single(found.Items).ShortName);
        var request = await new Integrator.MeetingRequestsClient(prime).CreateAsync(eventId, new Integrator.RequestMeetingInput { FirmId = firm.Id, Priority = 3, Note = "Elektronik kart kapasitesi" }, Ct);
        Assert.Equal("pending", request.Status);
        var supplierRequests = new Integrator.MeetingRequestsClient(supplier);
        var waiting = await supplierRequests.ListAsync(eventId, Integrator.MeetingRequestState.Pending, null, null, null, null, Ct);
        Assert.Equal(request.Id, Assert.Single(waiting.Items).Id);
        var accepted = await supplierRequests.AcceptAsync(eventId, request.Id, Ct);
        Assert.Equal("accepted", accepted.Status);

        var schedule = new Integrator.ScheduleClient(organizer);
        var draft = await schedule.DraftAsync(eventId, Ct);
        Assert.Equal(1, draft.Scheduled);
        var published = await schedule.PublishAsync(eventId, new Integrator.PublishRequest { Version = draft.Version }, Ct);
        Assert.Equal(1, published.Meetings);

        // The firm's agenda, as JSON and as the PDF it prints.
        var agenda = await new Integrator.AgendaClient(supplier).AgendaAsync(eventId, Ct);
        var meeting = Assert.Single(agenda.Meetings);
        Assert.Equal(request.Id, meeting.MeetingId);
        Assert.Equal("ASELSAN", meeting.Counterpart);
        using var pdfs = new PdfInspector();
        var agendaText = await pdfs.TextAsync(await BytesAsync(await new Integrator.AgendaPdfClient(supplier).MineAsync(eventId, Ct)));
        Assert.Contains("ASELSAN", agendaText);
        Assert.Contains(meeting.Table, agendaText);

        // A representative, their badge as the firm downloads it and as the organizer lists it: the name exact in Turkish.
        var people = new Integrator.FirmPeopleClient(supplier);
        var person = await people.AddAsync(eventId, firm.Id, new Integrator.PersonInput { FullName = "Çağrı Öztürk", Email = $"temsilci-{Guid.NewGuid():N}@test.local" }, Ct);
        var badgeFile = await people.BadgeAsync(eventId, firm.Id, person.Id, Ct);
        Assert.Contains("application/pdf", string.Join(",", badgeFile.Headers["Content-Type"]));
        var badgeText = await pdfs.TextAsync(await BytesAsync(badgeFile));
        Assert.Contains("Çağrı Öztürk", badgeText);
        Assert.Contains(FirmName, badgeText);
        var badges = await new Integrator.BadgesClient(organizer).ListAsync(eventId, null, null, "çağrı", null, null, null, Ct);
        var badge = Assert.Single(badges.Items);
        Assert.Equal("Çağrı Öztürk", badge.PersonName);
        Assert.Equal(FirmName, badge.Organization);
        Assert.Equal(Integrator.BadgeStatus.Active, badge.Status);
        Assert.Equal(Integrator.BadgeType.Exhibitor, badge.Type);
    }

    /// <summary>Signs in through the generated client's login (the organizer's code from its authenticator key) and sends the bearer token from then on.</summary>
    private async Task<HttpClient> SignInAsync(string email)
    {
        var http = factory.Anonymous();
        var key = await factory.TwoFactorKeyAsync(email);
        var token = await new Integrator.AuthClient(http).LoginAsync(new Integrator.LoginRequest
        {
            Email = email, Password = PlatformFactory.Password, TwoFactorCode = key is null ? null : Totp.Code(key),
        }, Ct);
        Assert.Equal("Bearer", token.TokenType);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return http;
    }

    /// <summary>Follows the invitation e-mail's link as a system would: its address and code to the generated client's reset call.</summary>
    private async Task SetPasswordFromTheInvitationAsync(string email)
    {
        Eml? Mail() => factory.MailFiles().Select(Eml.Read).FirstOrDefault(m => m.To.Contains(email, StringComparison.Ordinal) && ResetLink().IsMatch(m.Text));
        await Eventually.TrueAsync(() => Mail() is not null, TimeSpan.FromSeconds(30), "no invitation e-mail to " + email);
        var link = ResetLink().Match(Mail()!.Text);
        await new Integrator.AuthClient(factory.Anonymous()).ResetPasswordAsync(new Integrator.ResetPasswordRequest
        {
            Email = Uri.UnescapeDataString(link.Groups[1].Value), Code = Uri.UnescapeDataString(link.Groups[2].Value), NewPassword = PlatformFactory.Password,
        }, Ct);
    }

    /// <summary>Follows the confirmation e-mail's link the way a system would: its user id and code to the generated client's confirm call.</summary>
    private async Task ConfirmFromTheEmailAsync(string email)
    {
        Eml? Mail() => factory.MailFiles().Select(Eml.Read).FirstOrDefault(m => m.To.Contains(email, StringComparison.Ordinal) && ConfirmLink().IsMatch(m.Text));
        await Eventually.TrueAsync(() => Mail() is not null, TimeSpan.FromSeconds(30), "no confirmation e-mail to " + email);
        var link = ConfirmLink().Match(Mail()!.Text);
        await new Integrator.AuthClient(factory.Anonymous()).ConfirmEmailAsync(new Integrator.ConfirmEmailRequest
        {
            UserId = Uri.UnescapeDataString(link.Groups[1].Value), Code = Uri.UnescapeDataString(link.Groups[2].Value),
        }, Ct);
    }

    private static async Task<byte[]> BytesAsync(Integrator.FileResponse file)
    {
        using (file)
        {
            using var bytes = new MemoryStream();
            await file.Stream.CopyToAsync(bytes, Ct);
            return bytes.ToArray();
        }
    }

    [GeneratedRegex(@"confirm-email\?userId=([^&\s]+)&code=(\S+)")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex(@"reset-password\?email=([^&\s]+)&code=(\S+)")]
    private static partial Regex ResetLink();
}
