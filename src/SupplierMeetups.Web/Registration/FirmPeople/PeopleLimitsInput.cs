using System.ComponentModel.DataAnnotations;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.Web.Registration.FirmPeople;

public sealed class PeopleLimitsInput
{
    [Range(0, 100, ErrorMessage = ValidationMessages.Range), Display(Name = "Representatives per exhibitor")]
    public int Exhibitor { get; set; } = PeopleLimits.DefaultExhibitor;

    [Range(0, 100, ErrorMessage = ValidationMessages.Range), Display(Name = "Representatives per supplier")]
    public int Supplier { get; set; } = PeopleLimits.DefaultSupplier;

    [Range(0, 100, ErrorMessage = ValidationMessages.Range), Display(Name = "Representatives per prime contractor")]
    public int Prime { get; set; } = PeopleLimits.DefaultPrime;
}
