namespace SupplierMeetups.Web.CheckIn.Redeem;

/// <summary>
/// One scan at a gate, whatever its answer: refused scans are kept too, for the failed-scan list. The client's
/// nonce is unique per event, so a scan uploaded twice is stored, and counted, once.
/// </summary>
internal sealed class DoorScan
{
    public const int NonceMaxLength = 64;
    public const int SampleMaxLength = 48;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public string Nonce { get; set; } = "";
    public Guid GateId { get; set; }
    public ScanDirection Direction { get; set; }
    public ScanResult Result { get; set; }
    public Guid? BadgeId { get; set; }
    public string? BadgeType { get; set; }

    /// <summary>The start of an unreadable text, for finding a misconfigured scanner; null for badges.</summary>
    public string? Sample { get; set; }

    /// <summary>When the device scanned (its clock, for scans queued offline); the answer is decided for this time.</summary>
    public DateTimeOffset ScannedAt { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public Guid StaffUserId { get; set; }
    public string StaffName { get; set; } = "";

    /// <summary>The device decided offline and uploaded later.</summary>
    public bool Offline { get; set; }

    /// <summary>The device let the holder in offline, but another gate had already admitted them.</summary>
    public bool Conflict { get; set; }
}
