using System.Text.Json;
using SupplierMeetups.Scheduling;

namespace SupplierMeetups.UnitTests.Scheduling;

/// <summary>Writes a problem as a FORMAT.md instance file, so that the CLI and the shared checker can read it.</summary>
internal static class InstanceFiles
{
    public static string Write(SchedulingProblem problem, string folder)
    {
        var path = Path.Combine(folder, problem.Name + ".json");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            name = problem.Name,
            slots = problem.Slots.Select(s => new { id = s.Id, day = s.Day, minutes = s.Minutes }),
            pool = problem.Pool,
            participants = problem.Participants.Select(p => new { id = p.Id, role = p.Role, capacity = p.Capacity, tables = p.Tables, unavailable = p.Unavailable }),
            meetings = problem.Meetings.Select(m => new
            {
                id = m.Id, a = m.A, b = m.B, priority = m.Priority,
                @fixed = m.Fixed is { } f ? new { slot = f.Slot, table = f.Table } : null,
                preferred = m.Preferred,
            }),
        }, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }));
        return path;
    }
}
