using System.ComponentModel.DataAnnotations;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.Web.Exhibition.GenerateGrid;

/// <summary>
/// A block layout: rows stand back to back in pairs with an aisle after every second row, and an aisle after
/// every <see cref="ColumnsPerBlock"/> columns. Booths at the end of a block are corner booths, the others inline.
/// Codes are "{prefix}-01", "{prefix}-02", … row by row.
/// </summary>
public sealed class BoothGrid
{
    /// <summary>The hall's name, as the event lists it.</summary>
    [Required(ErrorMessage = ValidationMessages.Required), Display(Name = "Hall")]
    public string Hall { get; set; } = "";

    /// <summary>The start of every code: "A" gives, …</summary>
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(8, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Code prefix")]
    public string Prefix { get; set; } = "A";

    /// <summary>Rows of booths (1 to 40).</summary>
    [Range(1, 40, ErrorMessage = ValidationMessages.Range), Display(Name = "Rows")]
    public int Rows { get; set; } = 4;

    /// <summary>Booths in each row (1 to 60).</summary>
    [Range(1, 60, ErrorMessage = ValidationMessages.Range), Display(Name = "Columns")]
    public int Columns { get; set; } = 10;

    /// <summary>Each booth's width in metres (1 to 30).</summary>
    [Range(1d, 30d, ErrorMessage = ValidationMessages.Range), Display(Name = "Booth width (m)")]
    public decimal Width { get; set; } = 3;

    /// <summary>Each booth's depth in metres (1 to 30).</summary>
    [Range(1d, 30d, ErrorMessage = ValidationMessages.Range), Display(Name = "Booth depth (m)")]
    public decimal Depth { get; set; } = 3;

    /// <summary>The aisles' width in metres (1.5 to 20).</summary>
    [Range(1.5, 20, ErrorMessage = ValidationMessages.Range), Display(Name = "Aisle width (m)")]
    public decimal Aisle { get; set; } = 3;

    /// <summary>Booths between two cross aisles (1 to 60).</summary>
    [Range(1, 60, ErrorMessage = ValidationMessages.Range), Display(Name = "Columns between cross aisles")]
    public int ColumnsPerBlock { get; set; } = 5;

    /// <summary>Metres from the hall's left edge to the first booth.</summary>
    [Range(0d, 1000d, ErrorMessage = ValidationMessages.Range), Display(Name = "Left edge (m)")]
    public decimal OriginX { get; set; } = 2;

    /// <summary>Metres from the hall's top edge to the first booth.</summary>
    [Range(0d, 1000d, ErrorMessage = ValidationMessages.Range), Display(Name = "Top edge (m)")]
    public decimal OriginY { get; set; } = 2;

    /// <summary>Each booth's price is its area times this (TRY), rounded to kuruş.</summary>
    [Range(0d, 1_000_000d, ErrorMessage = ValidationMessages.Range), Display(Name = "Price per m² (TRY)")]
    public decimal PricePerSquareMetre { get; set; }

    public IReadOnlyList<BoothInput> Booths()
    {
        var booths = new List<BoothInput>(Rows * Columns);
        var digits = Math.Max(2, (Rows * Columns).ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        for (var row = 0; row < Rows; row++)
        {
            var y = OriginY + row * Depth + row / 2 * Aisle;
            for (var column = 0; column < Columns; column++)
            {
                var x = OriginX + column * Width + column / ColumnsPerBlock * Aisle;
                var inBlock = column % ColumnsPerBlock;
                var blockEnd = inBlock == 0 || inBlock == ColumnsPerBlock - 1 || column == Columns - 1;
                var number = row * Columns + column + 1;
                booths.Add(new BoothInput
                {
                    Hall = Hall,
                    Code = $"{Prefix.Trim()}-{number.ToString(new string('0', digits), System.Globalization.CultureInfo.InvariantCulture)}",
                    X = x,
                    Y = y,
                    Width = Width,
                    Depth = Depth,
                    Type = blockEnd ? BoothType.Corner : BoothType.Inline,
                    Price = Math.Round(Width * Depth * PricePerSquareMetre, 2),
                });
            }
        }
        return booths;
    }
}
