using System.ComponentModel.DataAnnotations;
using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.CheckIn.Kiosk;

/// <summary>A print request: a scanned QR code, or the e-mail address and the code of the confirmation e-mail; the nonce makes a retry print once.</summary>
public sealed class KioskPrintRequest
{
    [StringLength(2000, ErrorMessage = ValidationMessages.MaxLength)]
    public string? Qr { get; set; }

    [StringLength(254, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "E-mail")]
    public string? Email { get; set; }

    [StringLength(20, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Code from the e-mail")]
    public string? Code { get; set; }

    [StringLength(KioskPrint.NonceMaxLength, ErrorMessage = ValidationMessages.MaxLength)]
    public string? Nonce { get; set; }
}

/// <summary>What a walk-in visitor types at the kiosk.</summary>
public sealed class WalkInInput
{
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Full name")]
    public string FullName { get; set; } = "";

    [Required(ErrorMessage = ValidationMessages.Required), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Organization")]
    public string Organization { get; set; } = "";

    [Required(ErrorMessage = ValidationMessages.Required), StringLength(254, ErrorMessage = ValidationMessages.MaxLength),
     EmailAddress(ErrorMessage = ValidationMessages.Email), Display(Name = "E-mail")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = ValidationMessages.Required), StringLength(100, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Country")]
    public string Country { get; set; } = "";

    [StringLength(30, ErrorMessage = ValidationMessages.MaxLength), RegularExpression(@"^[0-9+() \-]{7,30}$", ErrorMessage = "Enter the phone number with digits only, for example +90 332 123 45 67."), Display(Name = "Phone")]
    public string? Phone { get; set; }

    public Guid? ConsentTextId { get; set; }

    [Display(Name = "I have read the personal data notice and give my consent")]
    public bool AcceptConsent { get; set; }

    [Display(Name = "Exhibitors who scan my badge at their booth may receive my name, organization, e-mail and phone")]
    public bool ShareContact { get; set; }

    [StringLength(KioskPrint.NonceMaxLength, ErrorMessage = ValidationMessages.MaxLength)]
    public string? Nonce { get; set; }

    public WalkIn ToWalkIn() => new(FullName, Organization, Email, Country, Phone, AcceptConsent, ShareContact, ConsentTextId);
}

public sealed class KioskSettingsInput
{
    [Display(Name = "Badge paper")]
    public BadgePaper Paper { get; set; } = BadgePaper.A6;

    [Range(0, 20, ErrorMessage = "Reprints must be between 0 and 20."), Display(Name = "Reprints per badge")]
    public int ReprintLimit { get; set; } = KioskSettings.DefaultReprintLimit;
}

/// <summary>A print: the badge, whether it was a reprint, how many prints are left and where its PDF is.</summary>
public sealed record KioskPrintResponse(Guid Id, Guid BadgeId, string PersonName, int Sequence, bool Reprint, int PrintsLeft, string Source, DateTimeOffset PrintedAt, string KioskName, string Pdf)
{
    public static KioskPrintResponse Of(KioskPrint print, int printsLeft) =>
        new(print.Id, print.BadgeId, print.PersonName, print.Sequence, print.IsReprint, printsLeft, print.Source.ToString(), print.PrintedAt, print.KioskName,
            $"/api/v1/events/{print.EventId}/kiosk/prints/{print.Id}/pdf");
}

public sealed record KioskSettingsResponse(string Paper, int ReprintLimit)
{
    public static KioskSettingsResponse Of(KioskSettings settings) => new(settings.Paper.ToString(), settings.ReprintLimit);
}
