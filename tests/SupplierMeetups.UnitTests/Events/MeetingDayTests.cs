using SupplierMeetups.Web.Events;

namespace SupplierMeetups.UnitTests.Events;

public sealed class MeetingDayTests
{
    private static MeetingDay Day(int slotMinutes, params (int, int, int, int)[] breaks) => new()
    {
        Date = new DateOnly(2025, 11, 6),
        Start = new TimeOnly(10, 0),
        End = new TimeOnly(17, 0),
        SlotMinutes = slotMinutes,
        Breaks = breaks.Select(b => new MeetingBreak { Start = new TimeOnly(b.Item1, b.Item2), End = new TimeOnly(b.Item3, b.Item4) }).ToList(),
    };

    [Fact]
    public void Slots_OfTheKonyaDay_SkipTheLunchBreak()
    {
        var slots = Day(20, (12, 0, 13, 30)).Slots(1).ToList();

        Assert.Equal(16, slots.Count); // 6 before lunch, 10 after
        Assert.Equal("D1-01", slots[0].Id);
        Assert.Equal(new TimeOnly(11, 40), slots[5].Start);
        Assert.Equal(new TimeOnly(13, 30), slots[6].Start);
        Assert.Equal(new TimeOnly(16, 50), slots[^1].End); // 13:30–17:00 holds ten and a half slots
        Assert.Equal("D1-16", slots[^1].Id);
    }

    [Fact]
    public void Slots_WhenABreakCutsASlot_StartAgainAtTheBreaksEnd()
    {
        var slots = Day(30, (10, 45, 11, 0)).Slots(2).Take(3).Select(s => s.Start).ToList();

        Assert.Equal([new TimeOnly(10, 0), new TimeOnly(11, 0), new TimeOnly(11, 30)], slots);
    }

    [Fact]
    public void Slots_WhenTheDayEndsMidSlot_LeaveTheRemainderOut()
    {
        var day = Day(25);

        var slots = day.Slots(1).ToList();

        Assert.Equal(16, slots.Count); // 7 hours = 420 minutes = 16 × 25 + 20
        Assert.True(slots[^1].End <= day.End);
    }

    [Fact]
    public void EventSlots_NumberEachMeetingDayInDateOrder()
    {
        var secondDay = Day(60);
        secondDay.Date = new DateOnly(2025, 11, 7);
        var e = new Event { MeetingDays = [secondDay, Day(60)] };

        var ids = e.Slots().Select(s => $"{s.Id}@{s.Date:dd}").ToList();

        Assert.Equal("D1-01@06", ids[0]);
        Assert.Equal("D2-01@07", ids[7]);
    }
}
