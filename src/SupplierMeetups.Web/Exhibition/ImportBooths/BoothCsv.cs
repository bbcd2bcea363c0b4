using System.Globalization;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Exhibition.ImportBooths;

/// <summary>
/// Reads booths from CSV: <c>code;hall;x;y;width;depth;type;price</c>, one per line, an optional header line.
/// Semicolons (what Turkish Excel writes, with decimal commas) or commas (with decimal points) separate fields.
/// Types in English or Turkish: inline/sıra, corner/köşe, peninsula/yarımada, island/ada.
/// </summary>
public static class BoothCsv
{
    private static readonly Dictionary<string, BoothType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["inline"] = BoothType.Inline, ["sıra"] = BoothType.Inline,
        ["corner"] = BoothType.Corner, ["köşe"] = BoothType.Corner,
        ["peninsula"] = BoothType.Peninsula, ["yarımada"] = BoothType.Peninsula,
        ["island"] = BoothType.Island, ["ada"] = BoothType.Island,
    };

    public static (IReadOnlyList<BoothInput> Booths, IReadOnlyList<string> Errors) Parse(string text, IStringLocalizer<SharedResource> l)
    {
        var booths = new List<BoothInput>();
        var errors = new List<string>();
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || n == 0 && line.StartsWith("code", StringComparison.OrdinalIgnoreCase)) continue;
            var semicolons = line.Contains(';', StringComparison.Ordinal);
            var fields = line.Split(semicolons ? ';' : ',').Select(f => f.Trim().Trim('"')).ToArray();
            if (fields.Length < 8)
            {
                errors.Add(l["Line {0}: 8 fields are needed (code;hall;x;y;width;depth;type;price).", n + 1]);
                continue;
            }
            var numbers = fields[2..6].Append(fields[7]).Select(f => Number(f, semicolons)).ToArray();
            if (numbers.Any(v => v is null) || !Types.TryGetValue(fields[6], out var type))
            {
                errors.Add(l["Line {0}: a number or the booth type cannot be read.", n + 1]);
                continue;
            }
            var input = new BoothInput { Code = fields[0], Hall = fields[1], X = numbers[0]!.Value, Y = numbers[1]!.Value, Width = numbers[2]!.Value, Depth = numbers[3]!.Value, Type = type, Price = numbers[4]!.Value };
            if (input.Code.Length is 0 or > 32 || input.Width is < 1 or > 100 || input.Depth is < 1 or > 100 || input.X < 0 || input.Y < 0 || input.Price < 0)
            {
                errors.Add(l["Line {0}: the code must have 1 to 32 characters, sizes 1 to 100 m, positions and price must not be negative.", n + 1]);
                continue;
            }
            booths.Add(input);
        }
        if (booths.Count == 0 && errors.Count == 0) errors.Add(l["The file holds no booths."]);
        return (booths, errors);
    }

    private static decimal? Number(string field, bool decimalComma) =>
        decimal.TryParse(decimalComma ? field.Replace(',', '.') : field, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}
