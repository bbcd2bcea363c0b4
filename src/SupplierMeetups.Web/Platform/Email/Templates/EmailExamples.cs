namespace SupplierMeetups.Web.Platform.Email.Templates;

/// <summary>The made-up people and firms the template examples are written for: Turkish letters on purpose.</summary>
public static class EmailExamples
{
    public const string PersonName = "Mustafa Büyükeğen";
    public const string PersonEmail = "mustafa.buyukegen@example.com";
    public const string Firm = "İŞBİR Elektrik";
    public const string FirmLegalName = "İŞBİR Elektrik Sanayi ve Ticaret A.Ş.";
    public const string Prime = "ASELSAN";
    public static readonly Guid EventId = new("0f8e3a51-5c1d-4a43-9a4e-2d6f7c0b9e11");
    public static readonly Guid ReferenceId = new("6b1e8c2a-3d4f-4e5a-8b7c-9d0e1f2a3b4c");

    public static string EventName(string language) =>
        language == "en" ? "8th Konya Defense Industry Supplier Meetings" : "8. Konya Savunma Sanayii Tedarikçi Buluşmaları";

    public static string Reason(string language) =>
        language == "en" ? "The MSB approval certificate has expired; please upload the renewed one." : "MSB onay belgesinin süresi dolmuş; lütfen yenisini yükleyin.";
}
