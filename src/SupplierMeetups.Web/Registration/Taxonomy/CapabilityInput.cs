using System.ComponentModel.DataAnnotations;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.Web.Registration.Taxonomy;

/// <summary>A capability's names and where it sits in the tree.</summary>
public class CapabilityNamesInput
{
    /// <summary>The broader capability this one belongs to (its code); empty or null at the top.</summary>
    [StringLength(64, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Broader capability")]
    public string? ParentCode { get; set; }

    /// <summary>The Turkish name, as firms and primes read it.</summary>
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Turkish name")]
    public string NameTr { get; set; } = "";

    /// <summary>The English name.</summary>
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "English name")]
    public string NameEn { get; set; } = "";
}

/// <summary>A new capability: its code (what profiles and needs store, never changed afterwards), names and parent.</summary>
public sealed class CapabilityInput : CapabilityNamesInput
{
    /// <summary>Lower-case letters, digits and hyphens, such as "cnc-machining"; it cannot be changed once added.</summary>
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(64, ErrorMessage = ValidationMessages.MaxLength),
     RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Use lower-case letters, digits and hyphens only."), Display(Name = "Code")]
    public string Code { get; set; } = "";
}
