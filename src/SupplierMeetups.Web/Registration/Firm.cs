using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Registration;

/// <summary>A company's profile. It outlives events: a firm that took part before reuses it for the next one.</summary>
public sealed class Firm
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string LegalName { get; set; } = "";
    public string ShortName { get; set; } = "";

    /// <summary>Turkish tax number (VKN), ten digits; null for foreign firms.</summary>
    public string? TaxNumber { get; set; }

    /// <summary>ISO 3166 alpha-2; "TR" for Turkish firms.</summary>
    public string Country { get; set; } = "TR";

    /// <summary>One of the 81 provinces for Turkish firms; the foreign city otherwise.</summary>
    public string City { get; set; } = "";
    public string Address { get; set; } = "";
    public string? Website { get; set; }
    public int Employees { get; set; }
    public int? FoundedYear { get; set; }
    public int? ExportSharePercent { get; set; }
    public List<string> ExportMarkets { get; set; } = [];
    public string? PartnershipsAbroad { get; set; }

    /// <summary>Free sector names the firm works for (defense, aviation, rail...).</summary>
    public List<string> Sectors { get; set; } = [];

    /// <summary>Codes from the organizers' capability taxonomy.</summary>
    public List<string> Capabilities { get; set; } = [];

    public Qualifications Qualifications { get; set; } = new();

    /// <summary>The stored logo's file name under the data folder's uploads/logos/; public profile data.</summary>
    public string? LogoFileName { get; set; }

    /// <summary>The names upper-cased the Turkish way, for case-insensitive search that treats I/ı and İ/i right.</summary>
    public string SearchText { get; set; } = "";

    public void RefreshSearchText() => SearchText = TurkishText.Fold($"{ShortName} {LegalName}");
}

public sealed class Qualifications
{
    public bool MsbApproved { get; set; }
    public string? MsbDocumentNumber { get; set; }
    public DateOnly? MsbValidUntil { get; set; }
    public bool YetenRegistered { get; set; }
    public bool EydepAssessed { get; set; }
    public int? EydepLevel { get; set; }
    public string? NcageCode { get; set; }
    public string? FacilityClearanceLevel { get; set; }
    public DateOnly? FacilityClearanceValidUntil { get; set; }
    public List<Certificate> Certificates { get; set; } = [];
}

public sealed class Certificate
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>"AQAP-2110", "ISO 9001", "AS/EN 9100", "ISO 27001" or another standard's name.</summary>
    public string Kind { get; set; } = "";
    public string? Number { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly ValidUntil { get; set; }

    /// <summary>The stored PDF's file name under the data folder's uploads/, never under wwwroot.</summary>
    public string? ProofFileName { get; set; }

    /// <summary>The supplier lets primes download the proof.</summary>
    public bool ProofSharedWithPrimes { get; set; }

    public bool IsExpiredOn(DateOnly day) => ValidUntil < day;
}
