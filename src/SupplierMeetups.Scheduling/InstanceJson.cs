using System.Text;
using System.Text.Json;

namespace SupplierMeetups.Scheduling;

/// <summary>Reads instances and writes schedules in the JSON of shared/matchmaking/FORMAT.md.</summary>
public static class InstanceJson
{
    /// <exception cref="InstanceFormatException">Malformed JSON or a missing or mistyped field.</exception>
    public static SchedulingProblem ReadInstance(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InstanceFormatException($"malformed JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new InstanceFormatException("the instance must be a JSON object");
            return new SchedulingProblem(
                OptionalString(root, "name", "instance") ?? "",
                Array(root, "slots", "instance").Select((e, i) => ReadSlot(e, i)).ToArray(),
                OptionalStringArray(root, "pool", "instance"),
                Array(root, "participants", "instance").Select((e, i) => ReadParticipant(e, i)).ToArray(),
                Array(root, "meetings", "instance").Select((e, i) => ReadMeeting(e, i)).ToArray());
        }
    }

    public static string WriteSchedule(ScheduleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("assignments");
            foreach (var assignment in result.Assignments)
            {
                writer.WriteStartObject();
                writer.WriteString("meeting", assignment.Meeting);
                writer.WriteString("slot", assignment.Slot);
                writer.WriteString("table", assignment.Table);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("unscheduled");
            foreach (var meeting in result.Unscheduled) writer.WriteStringValue(meeting.Meeting);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static Slot ReadSlot(JsonElement e, int index)
    {
        var id = Id(e, "slot", index);
        var where = $"slot {id}";
        DateTimeOffset? start = null;
        if (e.TryGetProperty("start", out var s) && s.ValueKind != JsonValueKind.Null)
        {
            if (s.ValueKind != JsonValueKind.String || !s.TryGetDateTimeOffset(out var parsed))
                throw new InstanceFormatException($"{where}: start is not an ISO 8601 date and time");
            start = parsed;
        }

        return new Slot(id, Int(e, "day", where), start, OptionalInt(e, "minutes", where) ?? 0);
    }

    private static Participant ReadParticipant(JsonElement e, int index)
    {
        var id = Id(e, "participant", index);
        var where = $"participant {id}";
        return new Participant(
            id,
            OptionalString(e, "role", where) ?? "",
            OptionalInt(e, "capacity", where) ?? 1,
            OptionalStringArray(e, "tables", where),
            OptionalStringArray(e, "unavailable", where));
    }

    private static Meeting ReadMeeting(JsonElement e, int index)
    {
        var id = Id(e, "meeting", index);
        var where = $"meeting {id}";
        FixedPlacement? placement = null;
        if (e.TryGetProperty("fixed", out var f) && f.ValueKind != JsonValueKind.Null)
        {
            if (f.ValueKind != JsonValueKind.Object) throw new InstanceFormatException($"{where}: fixed must be an object");
            placement = new FixedPlacement(String(f, "slot", where + " fixed"), String(f, "table", where + " fixed"));
        }

        return new Meeting(id, String(e, "a", where), String(e, "b", where), OptionalInt(e, "priority", where) ?? 1, placement,
            OptionalString(e, "preferred", where));
    }

    private static string Id(JsonElement e, string kind, int index)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new InstanceFormatException($"{kind} #{index + 1} is not an object");
        return String(e, "id", $"{kind} #{index + 1}");
    }

    private static JsonElement[] Array(JsonElement e, string name, string where)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return [];
        if (value.ValueKind != JsonValueKind.Array) throw new InstanceFormatException($"{where}: {name} must be an array");
        return value.EnumerateArray().ToArray();
    }

    private static string[] OptionalStringArray(JsonElement e, string name, string where) =>
        Array(e, name, where).Select(item => item.ValueKind == JsonValueKind.String
            ? item.GetString()!
            : throw new InstanceFormatException($"{where}: {name} must hold strings")).ToArray();

    private static string String(JsonElement e, string name, string where) =>
        OptionalString(e, name, where) ?? throw new InstanceFormatException($"{where}: {name} is missing");

    private static string? OptionalString(JsonElement e, string name, string where)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new InstanceFormatException($"{where}: {name} must be a string");
    }

    private static int Int(JsonElement e, string name, string where) =>
        OptionalInt(e, name, where) ?? throw new InstanceFormatException($"{where}: {name} is missing");

    private static int? OptionalInt(JsonElement e, string name, string where)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n)
            ? n
            : throw new InstanceFormatException($"{where}: {name} must be an integer");
    }
}
