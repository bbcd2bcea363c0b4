using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Events.EditEvent;

/// <summary>What an organizer enters to create or change an event; the same for the page and the API.</summary>
public sealed class EventInput : IValidatableObject
{
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Name (Turkish)")]
    public string NameTr { get; set; } = "";

    [Required(ErrorMessage = ValidationMessages.Required), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Name (English)")]
    public string NameEn { get; set; } = "";

    [MultilineText, StringLength(4000, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Description (Turkish)")]
    public string? DescriptionTr { get; set; }

    [MultilineText, StringLength(4000, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Description (English)")]
    public string? DescriptionEn { get; set; }

    [Required(ErrorMessage = ValidationMessages.Required), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Venue")]
    public string Venue { get; set; } = "";

    [Required(ErrorMessage = ValidationMessages.Required), StringLength(100, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "City")]
    public string City { get; set; } = "";

    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Start date")]
    public DateOnly? StartDate { get; set; }

    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "End date")]
    public DateOnly? EndDate { get; set; }

    [Display(Name = "Time zone")]
    public string? TimeZoneId { get; set; }

    public List<HallInput> Halls { get; set; } = [];
    public List<MeetingDayInput> MeetingDays { get; set; } = [];
    public List<TableInput> Tables { get; set; } = [];

    /// <summary>The version the editor started from (for updates); a different stored version means someone else saved first.</summary>
    public Guid? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        var l = context.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (StartDate > EndDate)
        {
            yield return new ValidationResult(l["The end date must not be before the start date."], [nameof(EndDate)]);
        }
        if (TimeZoneId is { Length: > 0 } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            yield return new ValidationResult(l["{0} is not a known time zone.", zone], [nameof(TimeZoneId)]);
        }
        foreach (var duplicate in Halls.GroupBy(h => h.Name.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return new ValidationResult(l["The hall {0} is listed twice.", duplicate.Key], [nameof(Halls)]);
        }
        foreach (var duplicate in Tables.GroupBy(t => t.Code.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return new ValidationResult(l["The table {0} is listed twice.", duplicate.Key], [nameof(Tables)]);
        }
        foreach (var duplicate in MeetingDays.GroupBy(d => d.Date).Where(g => g.Count() > 1))
        {
            yield return new ValidationResult(l["The meeting day {0} is listed twice.", duplicate.Key?.ToString("yyyy-MM-dd") ?? ""], [nameof(MeetingDays)]);
        }
        for (var i = 0; i < MeetingDays.Count; i++)
        {
            foreach (var error in MeetingDays[i].Check(l, StartDate, EndDate))
            {
                yield return new ValidationResult(error, [$"{nameof(MeetingDays)}[{i}]"]);
            }
        }
    }

    public static EventInput From(Event e) => new()
    {
        NameTr = e.NameTr,
        NameEn = e.NameEn,
        DescriptionTr = e.DescriptionTr,
        DescriptionEn = e.DescriptionEn,
        Venue = e.Venue,
        City = e.City,
        StartDate = e.StartDate,
        EndDate = e.EndDate,
        TimeZoneId = e.TimeZoneId,
        Version = e.Version,
        Halls = e.Halls.OrderBy(h => h.Name, StringComparer.Ordinal).Select(h => new HallInput { Name = h.Name, AreaSquareMetres = h.AreaSquareMetres }).ToList(),
        MeetingDays = e.MeetingDays.OrderBy(d => d.Date).Select(MeetingDayInput.From).ToList(),
        Tables = e.Tables.OrderBy(t => t.Code, StringComparer.Ordinal).Select(t => new TableInput { Code = t.Code, Hall = t.HallName }).ToList(),
    };

    /// <summary>Writes the input onto the event. Lists are replaced as a whole.</summary>
    public void ApplyTo(Event e)
    {
        e.NameTr = NameTr.Trim();
        e.NameEn = NameEn.Trim();
        e.DescriptionTr = DescriptionTr?.Trim() ?? "";
        e.DescriptionEn = DescriptionEn?.Trim() ?? "";
        e.Venue = Venue.Trim();
        e.City = City.Trim();
        e.StartDate = StartDate!.Value;
        e.EndDate = EndDate!.Value;
        e.TimeZoneId = string.IsNullOrWhiteSpace(TimeZoneId) ? "Europe/Istanbul" : TimeZoneId.Trim();
        e.Halls = Halls.Select(h => new Hall { EventId = e.Id, Name = h.Name.Trim(), AreaSquareMetres = h.AreaSquareMetres ?? 0 }).ToList();
        e.MeetingDays = MeetingDays.Select(d => d.ToDay(e.Id)).ToList();
        e.Tables = Tables.Select(t => new MeetingTable { EventId = e.Id, Code = t.Code.Trim(), HallName = string.IsNullOrWhiteSpace(t.Hall) ? null : t.Hall.Trim() }).ToList();
        e.Version = Guid.NewGuid();
    }
}

public sealed class HallInput
{
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(100, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Hall")]
    public string Name { get; set; } = "";

    [Range(0d, 1_000_000d, ErrorMessage = ValidationMessages.Range), Display(Name = "Area (m²)")]
    public decimal? AreaSquareMetres { get; set; }
}

public sealed class TableInput
{
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(32, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Table")]
    public string Code { get; set; } = "";

    [StringLength(100, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Hall")]
    public string? Hall { get; set; }
}
