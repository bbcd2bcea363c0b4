using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.Web.Events.EditEvent;

public sealed class MeetingDayInput
{
    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Start")]
    public TimeOnly? Start { get; set; }

    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "End")]
    public TimeOnly? End { get; set; }

    [Range(5, 240, ErrorMessage = ValidationMessages.Range), Display(Name = "Slot length (minutes)")]
    public int SlotMinutes { get; set; } = 20;

    /// <summary>Breaks as "12:00-13:30, 15:00-15:15": one field that works without JavaScript.</summary>
    [StringLength(400, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Breaks")]
    public string? Breaks { get; set; }

    public IEnumerable<string> Check(IStringLocalizer l, DateOnly? eventStart, DateOnly? eventEnd)
    {
        if (Date is { } date && eventStart is { } first && eventEnd is { } last && (date < first || date > last))
        {
            yield return l["The meeting day {0} is outside the event's dates.", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
        }
        if (Start is { } start && End is { } end && start >= end)
        {
            yield return l["A meeting day must end after it starts."];
        }
        if (!TryParseBreaks(Breaks, out var breaks))
        {
            yield return l["Write breaks as 12:00-13:30, separated by commas."];
        }
        else if (breaks.Any(b => b.Start >= b.End || (Start is { } s && b.Start < s) || (End is { } e && b.End > e)))
        {
            yield return l["Each break must end after it starts and lie within the meeting day."];
        }
        else if (Start is not null && End is not null && Start < End && Date is not null && !ToDay(Guid.Empty).Slots(1).Any())
        {
            yield return l["This meeting day has no room for a single slot."];
        }
    }

    public MeetingDay ToDay(Guid eventId)
    {
        TryParseBreaks(Breaks, out var breaks);
        return new MeetingDay { EventId = eventId, Date = Date!.Value, Start = Start!.Value, End = End!.Value, SlotMinutes = SlotMinutes, Breaks = breaks };
    }

    public static MeetingDayInput From(MeetingDay day) => new()
    {
        Date = day.Date,
        Start = day.Start,
        End = day.End,
        SlotMinutes = day.SlotMinutes,
        Breaks = string.Join(", ", day.Breaks.OrderBy(b => b.Start).Select(b => $"{b.Start:HH\\:mm}-{b.End:HH\\:mm}")),
    };

    internal static bool TryParseBreaks(string? text, out List<MeetingBreak> breaks)
    {
        breaks = [];
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2
                || !TimeOnly.TryParseExact(ends[0], ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                || !TimeOnly.TryParseExact(ends[1], ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
            {
                return false;
            }
            breaks.Add(new MeetingBreak { Start = start, End = end });
        }
        return true;
    }
}
