using System.ComponentModel.DataAnnotations;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Http.Input;

namespace SupplierMeetups.Web.Matchmaking.RequestMeeting;

/// <summary>A firm asks another for a meeting; the same for the page and the API.</summary>
public sealed class RequestMeetingInput
{
    /// <summary>The firm to meet (its firm id).</summary>
    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Firm")]
    public Guid? FirmId { get; set; }

    /// <summary>How much the requester wants the meeting: 3 = must meet (the highest), 2 = should meet (the default), 1 = nice to meet. The scheduler places higher priorities first.</summary>
    [Range(1, 3, ErrorMessage = ValidationMessages.Range), Display(Name = "Priority")]
    public int Priority { get; set; } = Priorities.Should;

    [MultilineText, StringLength(500, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Note")]
    public string? Note { get; set; }

    /// <summary>A slot id ("D1-03") the requester would like; both firms must be available in it.</summary>
    [StringLength(16, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Preferred slot")]
    public string? PreferredSlot { get; set; }
}
