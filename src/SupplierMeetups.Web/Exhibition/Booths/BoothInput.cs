using System.ComponentModel.DataAnnotations;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.Web.Exhibition.Booths;

/// <summary>One booth as an organizer enters it: on the booth page, through the API, from a grid or a CSV line.</summary>
public sealed class BoothInput
{
    [Required(ErrorMessage = ValidationMessages.Required), StringLength(200, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Hall")]
    public string Hall { get; set; } = "";

    [Required(ErrorMessage = ValidationMessages.Required), StringLength(32, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Booth code")]
    public string Code { get; set; } = "";

    [Range(0d, 1000d, ErrorMessage = ValidationMessages.Range), Display(Name = "X (m)")]
    public decimal X { get; set; }

    [Range(0d, 1000d, ErrorMessage = ValidationMessages.Range), Display(Name = "Y (m)")]
    public decimal Y { get; set; }

    [Range(1d, 100d, ErrorMessage = ValidationMessages.Range), Display(Name = "Width (m)")]
    public decimal Width { get; set; } = 3;

    [Range(1d, 100d, ErrorMessage = ValidationMessages.Range), Display(Name = "Depth (m)")]
    public decimal Depth { get; set; } = 3;

    [Display(Name = "Type")]
    public BoothType Type { get; set; }

    [Range(0d, 100_000_000d, ErrorMessage = ValidationMessages.Range), Display(Name = "Price (TRY)")]
    public decimal Price { get; set; }

    [Display(Name = "Restriction")]
    public BoothRestriction Restriction { get; set; }

    /// <summary>For edits: the version the editor started from.</summary>
    public Guid? Version { get; set; }

    public static BoothInput From(Booth b) => new()
    {
        Hall = b.HallName, Code = b.Code, X = b.X, Y = b.Y, Width = b.Width, Depth = b.Depth, Type = b.Type, Price = b.Price, Restriction = b.Restriction, Version = b.Version,
    };

    public void ApplyTo(Booth b)
    {
        b.HallName = Hall.Trim();
        b.Code = Code.Trim();
        b.X = X;
        b.Y = Y;
        b.Width = Width;
        b.Depth = Depth;
        b.Type = Type;
        b.Price = Price;
        b.Restriction = Restriction;
        b.Touch();
    }

    /// <summary>True when the booth is already what this input asks for.</summary>
    public bool Describes(Booth b) =>
        b.HallName == Hall.Trim() && b.Code == Code.Trim() && b.X == X && b.Y == Y && b.Width == Width && b.Depth == Depth
        && b.Type == Type && b.Price == Price && b.Restriction == Restriction;

    public BoothRect Rect => new(Hall.Trim(), (double)X, (double)Y, (double)Width, (double)Depth);
}
