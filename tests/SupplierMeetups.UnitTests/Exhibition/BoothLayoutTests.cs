using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Exhibition.GenerateGrid;

namespace SupplierMeetups.UnitTests.Exhibition;

public sealed class BoothLayoutTests
{
    [Theory]
    [InlineData(3, 0, true)]      // touching side by side
    [InlineData(3.4, 0, true)]    // a partition between them
    [InlineData(3, 3, true)]      // touching at a corner
    [InlineData(5, 0, false)]     // across a 2 m aisle
    [InlineData(0, 5, false)]
    public void IsAdjacentTo_WhenGapIs_Answers(double x, double y, bool adjacent)
    {
        var a = new BoothRect("Salon 1", 0, 0, 3, 3);
        var b = new BoothRect("Salon 1", x, y, 3, 3);

        Assert.Equal(adjacent, a.IsAdjacentTo(b));
        Assert.Equal(adjacent, b.IsAdjacentTo(a));
    }

    [Fact]
    public void IsAdjacentTo_WhenInAnotherHall_IsFalse() =>
        Assert.False(new BoothRect("Salon 1", 0, 0, 3, 3).IsAdjacentTo(new BoothRect("Salon 2", 0, 0, 3, 3)));

    [Fact]
    public void Booths_WhenGridHasBlocks_PutsAislesAndCornersWhereTheyBelong()
    {
        var grid = new BoothGrid { Hall = "Salon 1", Prefix = "A", Rows = 4, Columns = 6, Width = 3, Depth = 3, Aisle = 2, ColumnsPerBlock = 3, OriginX = 0, OriginY = 0, PricePerSquareMetre = 100 };

        var booths = grid.Booths();

        Assert.Equal(24, booths.Count);
        Assert.Equal(24, booths.Select(b => b.Code).Distinct().Count());
        Assert.Equal("A-01", booths[0].Code);
        Assert.Equal(11m, booths[3].X);  // column 4 starts after the first block and an aisle: 3 × 3 + 2
        Assert.Equal(8m, booths[12].Y);   // row 3 after two rows and an aisle: 2 × 3 + 2
        Assert.Equal([BoothType.Corner, BoothType.Inline, BoothType.Corner, BoothType.Corner, BoothType.Inline, BoothType.Corner], booths.Take(6).Select(b => b.Type));
        Assert.Equal(900m, booths[0].Price);
        var rects = booths.Select(b => b.Rect).ToList();
        Assert.DoesNotContain(rects, a => rects.Any(b => !a.Equals(b) && a.Overlaps(b)));
        Assert.False(rects[2].IsAdjacentTo(rects[3]), "booths across a cross aisle are not neighbours");
        Assert.True(rects[0].IsAdjacentTo(rects[6]), "back-to-back rows are neighbours");
        Assert.False(rects[6].IsAdjacentTo(rects[12]), "rows across an aisle are not neighbours");
    }
}
