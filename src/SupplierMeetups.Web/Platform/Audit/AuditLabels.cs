namespace SupplierMeetups.Web.Platform.Audit;

/// <summary>The English text (a localization key) for each recorded action.</summary>
public static class AuditLabels
{
    public static string Of(string action) => action switch
    {
        AuditActions.FirmApproved => "Firm approved",
        AuditActions.FirmRejected => "Firm rejected",
        AuditActions.FirmsMerged => "Firms merged",
        AuditActions.BoothAssigned => "Booth assigned",
        AuditActions.BoothReleased => "Booth released",
        AuditActions.SchedulePublished => "Schedule published",
        AuditActions.MeetingCancelled => "Meeting cancelled",
        AuditActions.PersonalDataErased => "Personal data erased",
        AuditActions.DirectoryExported => "Firm directory exported",
        AuditActions.ProofDownloaded => "Certificate proof downloaded",
        AuditActions.RoleGranted => "Role granted",
        AuditActions.ApiKeyIssued => "API key issued",
        AuditActions.ApiKeyRevoked => "API key revoked",
        AuditActions.WebhookRegistered => "Webhook registered",
        AuditActions.WebhookRemoved => "Webhook removed",
        AuditActions.WebhookReplayed => "Webhook delivery replayed",
        AuditActions.CapabilityAdded => "Capability added",
        AuditActions.CapabilityChanged => "Capability changed",
        AuditActions.CapabilityRemoved => "Capability removed",
        _ => action,
    };
}
