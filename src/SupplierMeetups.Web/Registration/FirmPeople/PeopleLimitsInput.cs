using System.ComponentModel.DataAnnotations;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.Web.Registration.FirmPeople;

/// <summary>How many representatives a firm may name for the event, per participation type; all three are replaced together (one left out: its default).</summary>
public sealed class PeopleLimitsInput
{
    /// <summary>Representatives (people with a badge) an exhibitor may name: 0–100, default 4.</summary>
    [Range(0, 100, ErrorMessage = ValidationMessages.Range), Display(Name = "Representatives per exhibitor")]
    public int Exhibitor { get; set; } = PeopleLimits.DefaultExhibitor;

    /// <summary>Representatives a supplier may name: 0–100, default 2.</summary>
    [Range(0, 100, ErrorMessage = ValidationMessages.Range), Display(Name = "Representatives per supplier")]
    public int Supplier { get; set; } = PeopleLimits.DefaultSupplier;

    /// <summary>Representatives a prime contractor may name: 0–100, default 6.</summary>
    [Range(0, 100, ErrorMessage = ValidationMessages.Range), Display(Name = "Representatives per prime contractor")]
    public int Prime { get; set; } = PeopleLimits.DefaultPrime;
}
