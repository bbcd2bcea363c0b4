namespace SupplierMeetups.Web.CheckIn.Redeem;

/// <summary>
/// What the door answers to a scan. <see cref="Headline"/> and <see cref="Detail"/> are in the user's language; the
/// person's fields are filled for badges of this event; the <c>inside*</c> fields say who let the holder in when
/// the answer is <see cref="ScanResult.AlreadyInside"/>.
/// </summary>
public sealed record ScanAnswer(
    ScanResult Result,
    string Colour,
    string Headline,
    string Detail,
    Guid? BadgeId,
    string? PersonName,
    string? Organization,
    string? BadgeType,
    string? BadgeTypeLabel,
    DateTimeOffset? InsideSince,
    string? InsideGate,
    string? InsideBy,
    DateTimeOffset ScannedAt,
    bool Replayed,
    bool Conflict)
{
    /// <summary>Green lets through, amber asks staff to look, red refuses.</summary>
    public static string ColourOf(ScanResult result) => result switch
    {
        ScanResult.Admitted or ScanResult.Exited => "green",
        ScanResult.AlreadyInside or ScanResult.OutsideHours => "amber",
        _ => "red",
    };
}
