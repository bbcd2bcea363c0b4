namespace SupplierMeetups.Web.Badges;

/// <summary>What one printed badge shows.</summary>
/// <param name="Booth">The stand, printed as "Stant / Booth A-12" when given (exhibitors).</param>
/// <param name="QrToken">The signed check-in token from <see cref="BadgeTokens"/>, encoded in the QR code.</param>
public sealed record BadgeContent(
    string EventName,
    string PersonName,
    string Organization,
    BadgeType BadgeType,
    string? Booth,
    string QrToken);
