namespace SupplierMeetups.Web.Events.EditEvent;

public sealed record EventResponse(
    Guid Id,
    string NameTr,
    string NameEn,
    string DescriptionTr,
    string DescriptionEn,
    string Venue,
    string City,
    DateOnly StartDate,
    DateOnly EndDate,
    string TimeZoneId,
    Guid Version,
    IReadOnlyList<HallResponse> Halls,
    IReadOnlyList<MeetingDayResponse> MeetingDays,
    IReadOnlyList<TableResponse> Tables)
{
    public static EventResponse From(Event e)
    {
        var slots = e.Slots().ToLookup(s => s.Date);
        return new EventResponse(
            e.Id, e.NameTr, e.NameEn, e.DescriptionTr, e.DescriptionEn, e.Venue, e.City, e.StartDate, e.EndDate, e.TimeZoneId, e.Version,
            e.Halls.OrderBy(h => h.Name, StringComparer.Ordinal).Select(h => new HallResponse(h.Name, h.AreaSquareMetres)).ToList(),
            e.MeetingDays.OrderBy(d => d.Date).Select(d => new MeetingDayResponse(
                d.Date, d.Start, d.End, d.SlotMinutes,
                d.Breaks.OrderBy(b => b.Start).Select(b => new BreakResponse(b.Start, b.End)).ToList(),
                slots[d.Date].Select(s => new SlotResponse(s.Id, s.Start, s.End)).ToList())).ToList(),
            e.Tables.OrderBy(t => t.Code, StringComparer.Ordinal).Select(t => new TableResponse(t.Code, t.HallName)).ToList());
    }
}

public sealed record EventSummary(Guid Id, string Name, string Venue, string City, DateOnly StartDate, DateOnly EndDate);

public sealed record HallResponse(string Name, decimal AreaSquareMetres);

public sealed record MeetingDayResponse(DateOnly Date, TimeOnly Start, TimeOnly End, int SlotMinutes, IReadOnlyList<BreakResponse> Breaks, IReadOnlyList<SlotResponse> Slots);

public sealed record BreakResponse(TimeOnly Start, TimeOnly End);

public sealed record SlotResponse(string Id, TimeOnly Start, TimeOnly End);

public sealed record TableResponse(string Code, string? Hall);
