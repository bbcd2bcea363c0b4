using System.Globalization;

namespace SupplierMeetups.Web.Badges;

/// <summary>The bilingual label and band colour of a badge type.</summary>
/// <param name="Turkish">Upper-cased with Turkish rules ("i" becomes "İ", "ı" becomes "I").</param>
/// <param name="BandColor">0xRRGGBB; dark enough for white text.</param>
internal sealed record BadgeTypeLabel(string Turkish, string English, int BandColor);

internal static class BadgeTypeLabels
{
    private static readonly CultureInfo TurkishCulture = CultureInfo.GetCultureInfo("tr-TR");

    private static readonly Dictionary<BadgeType, BadgeTypeLabel> Labels = new()
    {
        [BadgeType.Exhibitor] = Label("Katılımcı Firma", "Exhibitor", 0x2E7D32),
        [BadgeType.Supplier] = Label("Tedarikçi", "Supplier", 0x00838F),
        [BadgeType.Prime] = Label("Ana Sanayi", "Prime Contractor", 0xB71C1C),
        [BadgeType.Visitor] = Label("Ziyaretçi", "Visitor", 0x1565C0),
        [BadgeType.Organizer] = Label("Organizasyon", "Organizer", 0x6A1B9A),
        [BadgeType.Staff] = Label("Görevli", "Staff", 0xE65100),
        [BadgeType.Press] = Label("Basın", "Press", 0x37474F),
    };

    public static BadgeTypeLabel For(BadgeType type) =>
        Labels.TryGetValue(type, out var label) ? label : throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown badge type.");

    private static BadgeTypeLabel Label(string turkish, string english, int color) =>
        new(turkish.ToUpper(TurkishCulture), english.ToUpperInvariant(), color);
}
