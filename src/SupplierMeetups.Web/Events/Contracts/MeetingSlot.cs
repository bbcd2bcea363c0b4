namespace SupplierMeetups.Web.Events.Contracts;

/// <summary>One meeting slot of an event; ids run "D1-01", "D1-02", … per meeting day in time order.</summary>
public sealed record MeetingSlot(string Id, int Day, DateOnly Date, TimeOnly Start, TimeOnly End);
