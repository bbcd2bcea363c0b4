namespace SupplierMeetups.Web.CheckIn.Redeem;

/// <summary>
/// Whether a badge's holder is inside now. One row per badge, locked while a scan of that badge is decided, so
/// that ten gates scanning the same badge at once admit it once.
/// </summary>
internal sealed class Presence
{
    public Guid BadgeId { get; set; }
    public Guid EventId { get; set; }
    public string BadgeType { get; set; } = "";
    public bool Inside { get; set; }
    public int Entries { get; set; }
    public DateTimeOffset? FirstAdmittedAt { get; set; }
    public DateTimeOffset? LastEntryAt { get; set; }
    public Guid? LastEntryGateId { get; set; }
    public string? LastEntryStaffName { get; set; }
    public DateTimeOffset? LastExitAt { get; set; }
}
