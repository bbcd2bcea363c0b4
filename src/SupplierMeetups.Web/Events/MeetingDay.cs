using SupplierMeetups.Web.Events.Contracts;

namespace SupplierMeetups.Web.Events;

/// <summary>A day of B2B meetings: from start to end in slots of a fixed length, skipping breaks.</summary>
public sealed class MeetingDay
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
    public int SlotMinutes { get; set; } = 20;
    public List<MeetingBreak> Breaks { get; set; } = [];

    /// <summary>Slots run back to back from the start; one that would overlap a break starts again at the break's end.</summary>
    public IEnumerable<MeetingSlot> Slots(int dayNumber)
    {
        var length = TimeSpan.FromMinutes(SlotMinutes);
        var breaks = Breaks.OrderBy(b => b.Start).ToList();
        var start = Start;
        var number = 0;
        while (start.Add(length) <= End && start.Add(length) > start)
        {
            var end = start.Add(length);
            var clash = breaks.FirstOrDefault(b => start < b.End && b.Start < end);
            if (clash is not null)
            {
                start = clash.End;
                continue;
            }
            number++;
            yield return new MeetingSlot($"D{dayNumber}-{number:00}", dayNumber, Date, start, end);
            start = end;
        }
    }
}

public sealed class MeetingBreak
{
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
}
