using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Http.Input;

namespace SupplierMeetups.Web.Registration;

/// <summary>The firm's profile as a person or a program enters it; shared by sign-up, editing, the pages and the API.</summary>
public class FirmProfileInput : IValidatableObject
{
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(300, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Legal name")]
    public string LegalName { get; set; } = "";

    [Required(ErrorMessage = ValidationMessages.Required), StringLength(100, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Short name")]
    public string ShortName { get; set; } = "";

    /// <summary>"TR" for Turkish firms, which need a tax number and a province; another ISO 3166 alpha-2 code otherwise.</summary>
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(2, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Country")]
    public string Country { get; set; } = "TR";

    [StringLength(10, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Tax number (VKN)")]
    public string? TaxNumber { get; set; }

    [Required(ErrorMessage = ValidationMessages.Required), StringLength(100, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "City")]
    public string City { get; set; } = "";

    [MultilineText, Required(ErrorMessage = ValidationMessages.Required), StringLength(400, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Address")]
    public string Address { get; set; } = "";

    [StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Website")]
    public string? Website { get; set; }

    [Required(ErrorMessage = ValidationMessages.Required), Range(1, 1_000_000, ErrorMessage = ValidationMessages.Range), Display(Name = "Employees")]
    public int? Employees { get; set; }

    [Range(1800, 2100, ErrorMessage = ValidationMessages.Range), Display(Name = "Founding year")]
    public int? FoundedYear { get; set; }

    /// <summary>Separated by commas.</summary>
    [StringLength(400, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Sectors (separated by commas)")]
    public string? Sectors { get; set; }

    [Display(Name = "Capabilities")]
    public List<string> Capabilities { get; set; } = [];

    [Range(0, 100, ErrorMessage = ValidationMessages.Range), Display(Name = "Export share (%)")]
    public int? ExportSharePercent { get; set; }

    /// <summary>Separated by commas.</summary>
    [StringLength(400, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Export markets (separated by commas)")]
    public string? ExportMarkets { get; set; }

    [MultilineText, StringLength(1000, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Partnerships abroad")]
    public string? PartnershipsAbroad { get; set; }

    public bool IsTurkish => string.Equals(Country?.Trim(), "TR", StringComparison.OrdinalIgnoreCase);

    public virtual IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        var l = context.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (Country is not null && !(Country.Trim().Length == 2 && Country.Trim().All(char.IsAsciiLetter)))
        {
            yield return new ValidationResult(l["Choose the country from the list."], [nameof(Country)]);
        }
        if (IsTurkish)
        {
            if (string.IsNullOrWhiteSpace(TaxNumber))
            {
                yield return new ValidationResult(l["A Turkish firm needs its tax number (VKN)."], [nameof(TaxNumber)]);
            }
            else if (!Registration.TaxNumber.IsValid(TaxNumber.Trim()))
            {
                yield return new ValidationResult(l["{0} is not a valid tax number: ten digits whose last one matches the check digit.", TaxNumber.Trim()], [nameof(TaxNumber)]);
            }
            if (!string.IsNullOrWhiteSpace(City) && TurkishProvinces.Find(City) is null)
            {
                yield return new ValidationResult(l["{0} is not one of the 81 provinces of Türkiye.", City.Trim()], [nameof(City)]);
            }
        }
        if (Website is { Length: > 0 } site && !Uri.TryCreate(WithScheme(site), UriKind.Absolute, out _))
        {
            yield return new ValidationResult(l["{0} is not a web address.", site], [nameof(Website)]);
        }
    }

    public static FirmProfileInput From(Firm firm) => Fill(new FirmProfileInput(), firm);

    protected static T Fill<T>(T input, Firm firm) where T : FirmProfileInput
    {
        input.LegalName = firm.LegalName;
        input.ShortName = firm.ShortName;
        input.Country = firm.Country;
        input.TaxNumber = firm.TaxNumber;
        input.City = firm.City;
        input.Address = firm.Address;
        input.Website = firm.Website;
        input.Employees = firm.Employees;
        input.FoundedYear = firm.FoundedYear;
        input.Sectors = string.Join(", ", firm.Sectors);
        input.Capabilities = firm.Capabilities.ToList();
        input.ExportSharePercent = firm.ExportSharePercent;
        input.ExportMarkets = string.Join(", ", firm.ExportMarkets);
        input.PartnershipsAbroad = firm.PartnershipsAbroad;
        return input;
    }

    public void ApplyTo(Firm firm)
    {
        firm.LegalName = LegalName.Trim();
        firm.ShortName = ShortName.Trim();
        firm.Country = Country.Trim().ToUpperInvariant();
        firm.TaxNumber = IsTurkish ? TaxNumber?.Trim() : null;
        firm.City = IsTurkish ? TurkishProvinces.Find(City) ?? City.Trim() : City.Trim();
        firm.Address = Address.Trim();
        firm.Website = string.IsNullOrWhiteSpace(Website) ? null : WithScheme(Website.Trim());
        firm.Employees = Employees ?? 0;
        firm.FoundedYear = FoundedYear;
        firm.Sectors = SplitList(Sectors);
        firm.Capabilities = Capabilities.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        firm.ExportSharePercent = ExportSharePercent;
        firm.ExportMarkets = SplitList(ExportMarkets);
        firm.PartnershipsAbroad = string.IsNullOrWhiteSpace(PartnershipsAbroad) ? null : PartnershipsAbroad.Trim();
        firm.RefreshSearchText();
    }

    private static List<string> SplitList(string? text) =>
        (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    private static string WithScheme(string site) => site.Contains("://", StringComparison.Ordinal) ? site : "https://" + site;
}
