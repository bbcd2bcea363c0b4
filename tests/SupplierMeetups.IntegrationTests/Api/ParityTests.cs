using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.Api;

/// <summary>
/// Every action a page offers (each <c>OnPost*</c> handler of a page model) has an API operation with the same rules,
/// or is a documented exception. The operations are read from the running app's API description (what the OpenAPI
/// document is made of), the handlers from the page models.
/// </summary>
public sealed class ParityTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    /// <summary>Page handler ("Module.Folder.PageModel.Handler") → the API operation ("METHOD route") that does the same.</summary>
    private static readonly Dictionary<string, string> Operations = new()
    {
        ["Identity.Account.LoginModel.OnPostAsync"] = "POST api/v1/auth/login",
        ["Identity.TwoFactor.LoginTwoFactorModel.OnPostAsync"] = "POST api/v1/auth/login", // twoFactorCode / recoveryCode
        ["Identity.Account.LogoutModel.OnPostAsync"] = "POST api/v1/auth/logout",
        ["Identity.Account.RegisterModel.OnPostAsync"] = "POST api/v1/auth/register",
        ["Identity.Account.ConfirmEmailModel.OnPostAsync"] = "POST api/v1/auth/confirm-email",
        ["Identity.Account.ForgotPasswordModel.OnPostAsync"] = "POST api/v1/auth/forgot-password",
        ["Identity.Account.ResetPasswordModel.OnPostAsync"] = "POST api/v1/auth/reset-password",
        ["Events.EditEvent.EditModel.OnPostAsync"] = "PUT api/v1/events/{id}",
        ["Platform.Operations.OperationsModel.OnPostRetryAsync"] = "POST api/v1/operations/emails/{id}/retry",
        ["Badges.PrintBadges.IndexModel.OnPostAsync"] = "POST api/v1/events/{eventId}/badges",
        ["Matchmaking.PublishSchedule.ScheduleBoardPageModel.OnPostDraftAsync"] = "POST api/v1/events/{eventId}/schedule/draft",
        ["Matchmaking.PublishSchedule.ScheduleBoardPageModel.OnPostPublishAsync"] = "POST api/v1/events/{eventId}/schedule/publish",
        ["Matchmaking.Needs.MyNeedsModel.OnPostAsync"] = "POST api/v1/events/{eventId}/needs",
        ["Matchmaking.Needs.EditNeedModel.OnPostAsync"] = "PUT api/v1/events/{eventId}/needs/{needId}",
        ["Matchmaking.Needs.EditNeedModel.OnPostDeleteAsync"] = "DELETE api/v1/events/{eventId}/needs/{needId}",
        ["Matchmaking.RequestMeeting.MyRequestsModel.OnPostAcceptAsync"] = "POST api/v1/events/{eventId}/meeting-requests/{id}/accept",
        ["Matchmaking.RequestMeeting.MyRequestsModel.OnPostDeclineAsync"] = "POST api/v1/events/{eventId}/meeting-requests/{id}/decline",
        ["Matchmaking.RequestMeeting.MyRequestsModel.OnPostCancelAsync"] = "POST api/v1/events/{eventId}/meeting-requests/{id}/cancel",
        ["Matchmaking.RequestMeeting.NewRequestModel.OnPostAsync"] = "POST api/v1/events/{eventId}/meeting-requests",
        ["Matchmaking.Outcomes.RecordOutcomeModel.OnPostAsync"] = "PUT api/v1/events/{eventId}/meetings/{meetingId}/outcome",
        ["Matchmaking.Availability.MyAvailabilityModel.OnPostAsync"] = "PUT api/v1/events/{eventId}/availability",
        ["Registration.ReviewFirms.ReviewFirmModel.OnPostApproveAsync"] = "POST api/v1/events/{eventId}/firms/{firmId}/approve",
        ["Registration.ReviewFirms.ReviewFirmModel.OnPostRejectAsync"] = "POST api/v1/events/{eventId}/firms/{firmId}/reject",
        ["Registration.ReviewFirms.PendingModel.OnPostApproveAsync"] = "POST api/v1/events/{eventId}/firms/{firmId}/approve",
        ["Registration.ReviewFirms.PendingModel.OnPostRejectAsync"] = "POST api/v1/events/{eventId}/firms/{firmId}/reject",
        ["Registration.EditFirm.EditModel.OnPostAsync"] = "PUT api/v1/events/{eventId}/firms/{firmId}",
        ["Registration.FirmLogo.LogoModel.OnPostUploadAsync"] = "PUT api/v1/events/{eventId}/firms/{firmId}/logo",
        ["Registration.FirmPeople.EditPersonModel.OnPostAsync"] = "PUT api/v1/events/{eventId}/firms/{firmId}/people/{personId}",
        ["Registration.FirmPeople.PeopleModel.OnPostAsync"] = "POST api/v1/events/{eventId}/firms/{firmId}/people",
        ["Registration.FirmPeople.PeopleModel.OnPostRemoveAsync"] = "DELETE api/v1/events/{eventId}/firms/{firmId}/people/{personId}",
        ["Registration.PersonalData.FirmPeopleDataModel.OnPostErasePersonAsync"] = "POST api/v1/firms/{firmId}/people/{personId}/erase",
        ["Registration.PersonalData.FirmPeopleDataModel.OnPostEraseContactAsync"] = "POST api/v1/firms/{firmId}/contacts/{userId}/erase",
        ["Registration.Certificates.QualificationsModel.OnPostQualificationsAsync"] = "PUT api/v1/events/{eventId}/firms/{firmId}", // qualifications
        ["Registration.Certificates.QualificationsModel.OnPostCertificateAsync"] = "POST api/v1/events/{eventId}/firms/{firmId}/certificates",
        ["Registration.Certificates.QualificationsModel.OnPostRemoveAsync"] = "DELETE api/v1/events/{eventId}/firms/{firmId}/certificates/{certificateId}",
        ["Registration.RegisterFirm.RegisterFirmModel.OnPostAsync"] = "POST api/v1/events/{eventId}/firms",
        ["Registration.RegisterVisitor.VisitModel.OnPostAsync"] = "POST api/v1/events/{eventId}/visitors",
        ["Exhibition.FloorPlan.PlanModel.OnPostProposeAsync"] = "POST api/v1/events/{eventId}/booth-proposals",
        ["Exhibition.ProposeAssignment.ProposalModel.OnPostChangeAsync"] = "PUT api/v1/events/{eventId}/booth-proposals/{proposalId}/placements/{firmId}",
        ["Exhibition.ProposeAssignment.ProposalModel.OnPostConfirmAsync"] = "POST api/v1/events/{eventId}/booth-proposals/{proposalId}/confirmation",
        ["Exhibition.Booths.EditBoothModel.OnPostAsync"] = "POST api/v1/events/{eventId}/booths", // a new booth; editing one: PUT …/booths/{boothId} (checked below)
        ["Exhibition.Booths.EditBoothModel.OnPostDeleteAsync"] = "DELETE api/v1/events/{eventId}/booths/{boothId}",
        ["Exhibition.FloorPlan.PlanModel.OnPostSettingsAsync"] = "PUT api/v1/events/{eventId}/floor-plan/settings",
        ["Exhibition.ImportBooths.ImportModel.OnPostAsync"] = "POST api/v1/events/{eventId}/booths/import",
        ["Exhibition.GenerateGrid.GridModel.OnPostAsync"] = "POST api/v1/events/{eventId}/booths/grid",
        ["Exhibition.AssignBooth.AssignModel.OnPostAssignAsync"] = "PUT api/v1/events/{eventId}/booths/{boothId}/assignment",
        ["Exhibition.AssignBooth.AssignModel.OnPostReleaseAsync"] = "DELETE api/v1/events/{eventId}/booths/{boothId}/assignment",
        ["Exhibition.RequestBooth.RequestModel.OnPostAsync"] = "PUT api/v1/events/{eventId}/booth-request",
        ["CheckIn.ScanBadges.ScanModel.OnPostAsync"] = "POST api/v1/events/{eventId}/checkins",
        ["CheckIn.ScanBadges.ScanModel.OnPostBadgeAsync"] = "POST api/v1/events/{eventId}/checkins",
        ["CheckIn.Gates.ManageModel.OnPostAsync"] = "POST api/v1/events/{eventId}/gates",
        ["CheckIn.Kiosk.HomeModel.OnPostCodeAsync"] = "POST api/v1/events/{eventId}/kiosk/prints", // e-mail + code
        ["CheckIn.Kiosk.HomeModel.OnPostQrAsync"] = "POST api/v1/events/{eventId}/kiosk/prints", // the QR's text
        ["CheckIn.Kiosk.WalkInModel.OnPostAsync"] = "POST api/v1/events/{eventId}/kiosk/walk-ins",
        ["CheckIn.Kiosk.SettingsModel.OnPostAsync"] = "PUT api/v1/events/{eventId}/kiosk/settings",
        ["CheckIn.Leads.LeadsModel.OnPostAsync"] = "POST api/v1/events/{eventId}/leads",
        ["CheckIn.Leads.LeadsModel.OnPostNoteAsync"] = "PUT api/v1/events/{eventId}/leads/{leadId}",
        ["CheckIn.MeetingCheckIn.MeetingModel.OnPostAsync"] = "POST api/v1/events/{eventId}/meetings/{meetingId}/checkins",
        ["Matchmaking.AdjustSchedule.AdjustMeetingModel.OnPostMoveAsync"] = "POST api/v1/events/{eventId}/schedule/move",
        ["Matchmaking.AdjustSchedule.AdjustMeetingModel.OnPostSwapAsync"] = "POST api/v1/events/{eventId}/schedule/swap",
        ["Matchmaking.AdjustSchedule.AdjustMeetingModel.OnPostCancelAsync"] = "POST api/v1/events/{eventId}/meeting-requests/{id}/cancel",
        ["Matchmaking.Settings.MatchmakingSettingsPageModel.OnPostAsync"] = "PUT api/v1/events/{eventId}/matchmaking/settings",
        ["Registration.Consent.EditConsentModel.OnPostAsync"] = "PUT api/v1/events/{eventId}/consent",
        ["Registration.ReviewFirms.MergeModel.OnPostAsync"] = "POST api/v1/firms/{firmId}/merge",
        ["Registration.FirmPeople.LimitsModel.OnPostAsync"] = "PUT api/v1/events/{eventId}/people-limits",
        ["Registration.RegisterFirm.InvitePrimeModel.OnPostAsync"] = "POST api/v1/events/{eventId}/primes",
        ["Registration.Taxonomy.CapabilitiesModel.OnPostAsync"] = "POST api/v1/capabilities",
        ["Registration.Taxonomy.EditCapabilityModel.OnPostAsync"] = "PUT api/v1/capabilities/{code}",
        ["Registration.Taxonomy.EditCapabilityModel.OnPostRemoveAsync"] = "DELETE api/v1/capabilities/{code}",
        ["Registration.RegisterVisitor.MyVisitModel.OnPostConfirmAsync"] = "POST api/v1/visitors/me/confirmation", // the link's token in Visitor-Token
        ["Registration.RegisterVisitor.MyVisitModel.OnPostEraseAsync"] = "POST api/v1/visitors/me/erasure",
        ["Registration.RegisterVisitor.VisitorSettingsPageModel.OnPostAsync"] = "PUT api/v1/events/{eventId}/visitor-settings",
        ["Reporting.Outcomes.OutcomeReportModel.OnPostConfirmNoShowAsync"] = "POST api/v1/events/{eventId}/no-shows/{meetingId}/confirmation",
        ["Integrations.Manage.IntegrationsPageModel.OnPostIssueAsync"] = "POST api/v1/events/{eventId}/api-keys",
        ["Integrations.Manage.IntegrationsPageModel.OnPostRegisterAsync"] = "POST api/v1/events/{eventId}/webhooks",
        // One confirm page revokes a key or removes a webhook (…/webhooks/{webhookId}/remove is the other half).
        ["Integrations.Manage.ConfirmRemovalModel.OnPostAsync"] = "POST api/v1/events/{eventId}/api-keys/{keyId}/revoke",
        ["Integrations.Deliveries.DeliveryLogPageModel.OnPostReplayAsync"] = "POST api/v1/events/{eventId}/webhook-deliveries/{deliveryId}/replay",
    };

    /// <summary>Page handlers that need no operation of their own, and why.</summary>
    private static readonly Dictionary<string, string> Exceptions = new()
    {
        // The error page answers any method so that a failed POST shows it; it is no action.
        ["Platform.Ui.ErrorModel.OnPost"] = "error page",
        // "Add a hall" and "add a day" grow the edit form by a row before it is saved; the API sends halls and days whole (PUT).
        ["Events.EditEvent.EditModel.OnPostAddHall"] = "form row",
        ["Events.EditEvent.EditModel.OnPostAddDay"] = "form row",
        // Enrolling an authenticator shows a QR code to a person at a screen and is required before any API use by
        // organizers and door staff; programs sign in with the code (POST api/v1/auth/login, twoFactorCode).
        ["Identity.TwoFactor.TwoFactorSetupModel.OnPostEnableAsync"] = "two-factor enrolment",
        ["Identity.TwoFactor.TwoFactorSetupModel.OnPostDisableAsync"] = "two-factor enrolment",
    };

    /// <summary>
    /// Page handlers known to lack an API operation, listed so that the list says plainly what is missing (issue 18
    /// closed the last ones); a new page handler that is neither mapped nor listed fails the test.
    /// </summary>
    private static readonly Dictionary<string, string> KnownGaps = new()
    {
    };

    private static IReadOnlyList<string> PageHandlers()
    {
        const string root = "SupplierMeetups.Web.";
        return typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))
                .Select(m => $"{t.FullName![root.Length..]}.{m.Name}"))
            .Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private IReadOnlySet<string> ApiOperations() =>
        factory.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items).Select(d => $"{d.HttpMethod} {d.RelativePath}").ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void EveryPageHandler_HasAnApiOperationOrADocumentedException()
    {
        var handlers = PageHandlers();
        var operations = ApiOperations();

        var unmapped = handlers.Where(h => !Operations.ContainsKey(h) && !Exceptions.ContainsKey(h) && !KnownGaps.ContainsKey(h)).ToList();
        var missing = Operations.Where(m => handlers.Contains(m.Key) && !operations.Contains(m.Value)).Select(m => $"{m.Key} → {m.Value}").ToList();
        var stale = Operations.Keys.Concat(Exceptions.Keys).Concat(KnownGaps.Keys).Where(k => !handlers.Contains(k)).ToList();

        Assert.True(handlers.Count > 50, $"only {handlers.Count} page handlers found");
        Assert.True(unmapped.Count == 0, "page handlers without an API operation: " + string.Join(", ", unmapped));
        Assert.True(missing.Count == 0, "mapped operations the API does not have: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "entries for page handlers that no longer exist: " + string.Join(", ", stale));
    }

    /// <summary>Page handlers that do two things (create or edit by whether an id is in the route) have an operation for each.</summary>
    [Fact]
    public void SecondOperationsOfPageHandlers_AreInTheApi()
    {
        var operations = ApiOperations();

        Assert.Contains("PUT api/v1/events/{eventId}/booths/{boothId}", operations); // EditBoothModel.OnPostAsync with a booth id
        Assert.Contains("GET api/v1/events/{eventId}/floor-plan/settings", operations); // what PlanModel shows in its settings form
    }

    [Fact]
    public void KnownGaps_AreNotAlsoMapped()
    {
        Assert.Empty(KnownGaps.Keys.Intersect(Operations.Keys));
        Assert.Empty(Exceptions.Keys.Intersect(Operations.Keys));
    }
}
