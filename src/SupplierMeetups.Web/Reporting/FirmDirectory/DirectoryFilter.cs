using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Reporting.FirmDirectory;

/// <summary>The organizers' search over an event's firms; the same for the page, the CSV export and the API query string.</summary>
public sealed class DirectoryFilter
{
    public const int DefaultPageSize = 50;

    /// <summary>Qualification filters besides a certificate kind ("AQAP-2110", "ISO 9001", …).</summary>
    public static readonly string[] QualificationKeywords = ["msb", "yeten", "eydep", "ncage", "clearance"];

    /// <summary>Part of the short or legal name, any case, Turkish letters or not; or the start of the tax number.</summary>
    public string? Q { get; set; }
    public string? City { get; set; }

    /// <summary>A capability code; its sub-capabilities match too.</summary>
    public string? Capability { get; set; }

    /// <summary>"msb", "yeten", "eydep", "ncage", "clearance" or a certificate kind; valid on the event's dates.</summary>
    public string? Qualification { get; set; }

    /// <summary>Pending, Approved or Rejected.</summary>
    public string? Status { get; set; }

    /// <summary>Exhibitor, Supplier or Prime.</summary>
    public string? Type { get; set; }

    /// <summary>The page to answer, from 1.</summary>
    public int Page { get; set; } = 1;

    /// <summary>Firms per page, 1 to 200 (default 50).</summary>
    public int PageSize { get; set; } = DefaultPageSize;

    // Methods, not properties: the binder and the API description take only what a caller may send.
    public ParticipationStatus? StatusValue() => Enum.TryParse<ParticipationStatus>(Status, ignoreCase: true, out var s) ? s : null;

    public ParticipationType? TypeValue() => Enum.TryParse<ParticipationType>(Type, ignoreCase: true, out var t) ? t : null;

    public IEnumerable<(string Field, string Message)> Check(IStringLocalizer<SharedResource> l)
    {
        if (!string.IsNullOrWhiteSpace(Status) && StatusValue() is null)
        {
            yield return (nameof(Status), l["Status must be one of: {0}.", string.Join(", ", Enum.GetNames<ParticipationStatus>())].Value);
        }
        if (!string.IsNullOrWhiteSpace(Type) && TypeValue() is null)
        {
            yield return (nameof(Type), l["Participation type must be one of: {0}.", string.Join(", ", Enum.GetNames<ParticipationType>())].Value);
        }
        if (Page < 1)
        {
            yield return (nameof(Page), l["The page number starts at 1."].Value);
        }
        if (PageSize is < 1 or > Platform.Http.PageRequest.MaxPageSize)
        {
            yield return (nameof(PageSize), l["The page size must be between 1 and {0}.", Platform.Http.PageRequest.MaxPageSize].Value);
        }
    }

    /// <summary>The filter as a query string (without the page), for the CSV link and the pager.</summary>
    public string ToQuery() => string.Join('&', new[] { ("q", Q), ("city", City), ("capability", Capability), ("qualification", Qualification), ("status", Status), ("type", Type) }
        .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
        .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
}
