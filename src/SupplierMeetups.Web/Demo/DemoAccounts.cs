using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Demo;

/// <summary>The demo's sign-ins, listed on the README; all use <see cref="DemoModule.DemoPassword"/>.</summary>
internal static class DemoAccounts
{
    public static readonly (string Email, string FullName, string Role, string? FirmShortName)[] All =
    [
        ("organizer@demo.local", "Ayşe Organizatör", Roles.Organizer, null),
        ("prime@demo.local", "Mehmet Aselsanlı", Roles.Prime, "ASELSAN"),
        ("supplier@demo.local", "Mustafa Büyükeğen", Roles.Supplier, "İŞBİR Elektrik"),
        ("visitor@demo.local", "Zeynep Ziyaretçi", Roles.Visitor, null),
        ("staff@demo.local", "İsmail Görevli", Roles.Staff, null),
        ("kiosk@demo.local", "Kiosk 1 (Hol A)", Roles.Kiosk, null),
    ];
}
