using System.Text.Json;
using System.Text.Json.Nodes;

namespace SupplierMeetups.IntegrationTests.Platform.HostileInput;

/// <summary>Builds a plausible JSON body from an OpenAPI schema, and the hostile variants of it.</summary>
internal sealed class JsonSamples(JsonElement components)
{
    public const string Nul = "a\u0000b";

    public JsonNode? Sample(JsonElement schema, int depth = 0)
    {
        schema = Resolve(schema);
        if (depth > 6)
        {
            return null;
        }
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var options))
            {
                var first = options.EnumerateArray().Select(Resolve).FirstOrDefault(o => !IsNullOnly(o));
                return first.ValueKind == JsonValueKind.Undefined ? null : Sample(first, depth + 1);
            }
        }
        if (schema.TryGetProperty("enum", out var values))
        {
            return values.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).Select(v => JsonNode.Parse(v.GetRawText())).FirstOrDefault();
        }
        var types = Types(schema);
        if (types.Contains("object") || schema.TryGetProperty("properties", out _))
        {
            var o = new JsonObject();
            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var p in properties.EnumerateObject())
                {
                    o[p.Name] = Sample(p.Value, depth + 1);
                }
            }
            return o;
        }
        if (types.Contains("array"))
        {
            return schema.TryGetProperty("items", out var items) ? new JsonArray(Sample(items, depth + 1)) : new JsonArray();
        }
        if (types.Contains("string"))
        {
            return (schema.TryGetProperty("format", out var f) ? f.GetString() : null) switch
            {
                "date" => "2026-11-05",
                "date-time" => "2026-11-05T10:00:00+03:00",
                "time" => "10:00:00",
                "uuid" => Guid.NewGuid().ToString(),
                "email" => "someone@test.local",
                _ when types.Contains("integer") || types.Contains("number") => 1,
                _ => "Test",
            };
        }
        if (types.Contains("integer") || types.Contains("number"))
        {
            return 1;
        }
        return types.Contains("boolean") ? true : null;
    }

    /// <summary>Every hostile body built from a valid one: a null in each array, huge numbers, NUL/CR/LF in each string, wrong types.</summary>
    public static IEnumerable<(string Name, JsonNode? Body, bool MustBeRefused)> Variants(JsonNode? valid)
    {
        foreach (var (path, node) in Walk(valid, "$"))
        {
            switch (node)
            {
                case JsonArray:
                    yield return ($"{path}: null entry", Replace(valid, path, n => new JsonArray(((JsonArray)n!).Select(e => e?.DeepClone()).Append(null).ToArray())), true);
                    yield return ($"{path}: object for array", Replace(valid, path, _ => new JsonObject()), true);
                    break;
                case JsonObject when path != "$":
                    yield return ($"{path}: string for object", Replace(valid, path, _ => "x"), true);
                    break;
                case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                    foreach (var huge in new[] { 2147483648m, 99999999999999999999m, -2147483649m })
                    {
                        yield return ($"{path}: {huge}", Replace(valid, path, _ => huge), false);
                    }
                    yield return ($"{path}: array for number", Replace(valid, path, _ => new JsonArray()), true);
                    break;
                case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                    yield return ($"{path}: NUL", Replace(valid, path, _ => Nul), true);
                    yield return ($"{path}: CR LF", Replace(valid, path, _ => "a\r\nb"), false);
                    yield return ($"{path}: ESC", Replace(valid, path, _ => "a\u001bb"), true);
                    yield return ($"{path}: number for string", Replace(valid, path, _ => 12), false);
                    yield return ($"{path}: huge text", Replace(valid, path, _ => new string('x', 100_000)), false);
                    break;
            }
        }
    }

    private static IEnumerable<(string Path, JsonNode? Node)> Walk(JsonNode? node, string path)
    {
        yield return (path, node);
        if (node is JsonObject o)
        {
            foreach (var (name, child) in o)
            {
                foreach (var inner in Walk(child, $"{path}.{name}"))
                {
                    yield return inner;
                }
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                foreach (var inner in Walk(a[i], $"{path}[{i}]"))
                {
                    yield return inner;
                }
            }
        }
    }

    private static JsonNode? Replace(JsonNode? root, string path, Func<JsonNode?, JsonNode?> change)
    {
        var copy = root?.DeepClone();
        var target = Walk(copy, "$").First(x => x.Path == path).Node;
        var replacement = change(target);
        if (target?.Parent is null)
        {
            return replacement;
        }
        target.ReplaceWith(replacement);
        return copy;
    }

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            schema = components.GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        }
        return schema;
    }

    private static bool IsNullOnly(JsonElement schema) => Types(schema) is ["null"];

    private static List<string> Types(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList()
        : [type.GetString()!];
}
