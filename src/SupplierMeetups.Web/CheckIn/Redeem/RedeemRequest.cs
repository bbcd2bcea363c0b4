using System.ComponentModel.DataAnnotations;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.Web.CheckIn.Redeem;

/// <summary>One scan as a scanner sends it.</summary>
public sealed class RedeemRequest
{
    /// <summary>The text the scanner read: a badge's QR token, or whatever else it saw (answered as "NotABadge").</summary>
    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Badge code")]
    public string? Token { get; set; }

    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Gate")]
    public Guid? Gate { get; set; }

    /// <summary>"Entry" (the default) or "Exit".</summary>
    public ScanDirection Direction { get; set; } = ScanDirection.Entry;

    /// <summary>The device's own id for this scan; the same nonce sent again answers the first scan's answer and counts once.</summary>
    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Nonce")]
    [StringLength(DoorScan.NonceMaxLength, ErrorMessage = ValidationMessages.MaxLength)]
    public string? Nonce { get; set; }

    /// <summary>When the device scanned; the server's time when absent, or when it runs ahead of the server's.</summary>
    public DateTimeOffset? ScannedAt { get; set; }

    /// <summary>For an upload of an offline scan: what the device decided ("Admitted" ...), so that a clash with another gate is shown.</summary>
    public ScanResult? OfflineResult { get; set; }
}
