using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Exhibition.GenerateGrid;

/// <summary>
/// Lays out a grid of booths, for the grid page and its API, through <see cref="BoothStore"/>: every booth is written or
/// none. Generating the same grid again finds every booth already there exactly so and creates nothing
/// (<see cref="GridResult.Created"/> false); a grid whose codes are taken by other booths is refused.
/// </summary>
public sealed class GridGenerator(AppDbContext db, BoothStore store)
{
    public async Task<Outcome<GridResult>> GenerateAsync(Guid eventId, BoothGrid grid, CancellationToken cancellationToken)
    {
        var inputs = grid.Booths();
        if (await RepeatAsync(eventId, inputs, cancellationToken) is { } existing)
        {
            return new GridResult(existing, Created: false);
        }
        var outcome = await store.SaveOrRefuseAsync(eventId, inputs, updateByCode: false, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            // The same grid sent twice at the same moment: the other one wrote it.
            return await RepeatAsync(eventId, inputs, cancellationToken) is { } written ? new GridResult(written, Created: false) : refusal;
        }
        return new GridResult(outcome.Value!, Created: true);
    }

    /// <summary>The booths of the grid when every one exists with the grid's hall, place, size, type and price; otherwise null.</summary>
    private async Task<IReadOnlyList<Booth>?> RepeatAsync(Guid eventId, IReadOnlyList<BoothInput> inputs, CancellationToken cancellationToken)
    {
        var codes = inputs.Select(i => i.Code.Trim()).ToList();
        var existing = await db.Set<Booth>().AsNoTracking().Where(b => b.EventId == eventId && codes.Contains(b.Code)).ToListAsync(cancellationToken);
        var byCode = existing.ToDictionary(b => b.Code, StringComparer.Ordinal);
        var same = inputs.Select(i => byCode.TryGetValue(i.Code.Trim(), out var b) && Same(b, i) ? b : null).ToList();
        return same.All(b => b is not null) ? same.Select(b => b!).ToList() : null;
    }

    private static bool Same(Booth b, BoothInput i) =>
        b.HallName == i.Hall.Trim() && b.Type == i.Type
        && Math.Round(b.X, 2) == Math.Round(i.X, 2) && Math.Round(b.Y, 2) == Math.Round(i.Y, 2)
        && Math.Round(b.Width, 2) == Math.Round(i.Width, 2) && Math.Round(b.Depth, 2) == Math.Round(i.Depth, 2)
        && Math.Round(b.Price, 2) == Math.Round(i.Price, 2);
}

/// <summary>The grid's booths; <paramref name="Created"/> false when they existed already (the same grid generated before).</summary>
public sealed record GridResult(IReadOnlyList<Booth> Booths, bool Created);
