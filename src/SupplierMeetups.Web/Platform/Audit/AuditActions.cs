namespace SupplierMeetups.Web.Platform.Audit;

/// <summary>The actions the audit log records; the values are stored and filtered by, so they never change.</summary>
public static class AuditActions
{
    public const string FirmApproved = "firm.approved";
    public const string FirmRejected = "firm.rejected";
    public const string FirmsMerged = "firm.merged";
    public const string BoothAssigned = "booth.assigned";
    public const string BoothReleased = "booth.released";
    public const string SchedulePublished = "schedule.published";
    public const string MeetingCancelled = "meeting.cancelled";
    public const string PersonalDataErased = "personal-data.erased";
    public const string DirectoryExported = "directory.exported";
    public const string ProofDownloaded = "proof.downloaded";
    public const string RoleGranted = "role.granted";
    public const string ApiKeyIssued = "apikey.issued";
    public const string ApiKeyRevoked = "apikey.revoked";
    public const string WebhookRegistered = "webhook.registered";
    public const string WebhookRemoved = "webhook.removed";
    public const string WebhookReplayed = "webhook.replayed";
    public const string CapabilityAdded = "capability.added";
    public const string CapabilityChanged = "capability.changed";
    public const string CapabilityRemoved = "capability.removed";

    public static readonly IReadOnlyList<string> All =
        [FirmApproved, FirmRejected, FirmsMerged, BoothAssigned, BoothReleased, SchedulePublished, MeetingCancelled, PersonalDataErased, DirectoryExported, ProofDownloaded, RoleGranted,
         ApiKeyIssued, ApiKeyRevoked, WebhookRegistered, WebhookRemoved, WebhookReplayed, CapabilityAdded, CapabilityChanged, CapabilityRemoved];
}
