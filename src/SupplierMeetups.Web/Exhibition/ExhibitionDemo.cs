using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Exhibition.Contracts;
using SupplierMeetups.Web.Exhibition.GenerateGrid;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Exhibition;

/// <summary>The demo's floor plans (a grid in Salon 1 and Salon 2) and a booth request for every demo exhibitor; deterministic.</summary>
internal sealed class ExhibitionDemo(AppDbContext db) : IExhibitionDemoData
{
    public void AddDemoFloor(Guid eventId, IReadOnlyList<Guid> exhibitorFirmIds)
    {
        var grids = new[]
        {
            new BoothGrid { Hall = "Salon 1", Prefix = "A", Rows = 6, Columns = 16, Width = 3, Depth = 3, Aisle = 3, ColumnsPerBlock = 8, PricePerSquareMetre = 3000 },
            new BoothGrid { Hall = "Salon 2", Prefix = "B", Rows = 4, Columns = 12, Width = 4, Depth = 3, Aisle = 3, ColumnsPerBlock = 6, PricePerSquareMetre = 3000 },
        };
        db.AddRange(grids.SelectMany(g => g.Booths()).Select(input =>
        {
            var booth = new Booth { EventId = eventId };
            input.ApplyTo(booth);
            return booth;
        }));
        var exhibitors = exhibitorFirmIds;
        db.AddRange(exhibitors.Select((firmId, i) => new BoothRequest
        {
            EventId = eventId,
            FirmId = firmId,
            AreaSquareMetres = i % 3 == 0 ? 12 : 9,
            Type = i % 4 == 0 ? BoothType.Corner : null,
            PreferredHall = i % 2 == 0 ? "Salon 1" : "Salon 2",
            NearFirmIds = i % 3 == 1 ? [exhibitors[i - 1]] : [],
            CompetitorFirmIds = i % 5 == 0 && i + 1 < exhibitors.Count ? [exhibitors[i + 1]] : [],
        }));
    }
}
