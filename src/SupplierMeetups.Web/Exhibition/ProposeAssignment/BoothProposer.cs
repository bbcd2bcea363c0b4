using System.Globalization;
using SupplierMeetups.Web.Exhibition.Booths;

namespace SupplierMeetups.Web.Exhibition.ProposeAssignment;

/// <summary>
/// Proposes a booth for every approved exhibitor it can. Hard rules: a booth holds one firm; a firm gets a booth
/// at least as large as it asked for and of the type it asked for; two firms of which one named the other a
/// competitor are never adjacent (<see cref="BoothRect.IsAdjacentTo"/>). Soft preferences, in this order: the
/// preferred hall, being adjacent to or close to the firms it wants to be near, the least wasted area, then the
/// booth code. Exhibitors with the fewest fitting booths go first, those without a request last (they take the
/// smallest booths left). Firms that already hold a booth keep it. Deterministic: same input, same output.
/// </summary>
internal static class BoothProposer
{
    public static ProposalResult Propose(IReadOnlyList<ProposalBooth> boothList, IReadOnlyList<ProposalExhibitor> exhibitors)
    {
        var booths = boothList.OrderBy(b => b.Rect.Hall, StringComparer.Ordinal).ThenBy(b => b.Code, StringComparer.Ordinal).ToArray();
        var neighbours = Neighbours(booths);
        var holder = booths.Select(b => b.HolderFirmId).ToArray();
        var boothsOf = new Dictionary<Guid, List<int>>();
        for (var i = 0; i < booths.Length; i++)
        {
            if (holder[i] is { } firm) BoothsOf(boothsOf, firm).Add(i);
        }
        var competitors = CompetitorsBothWays(exhibitors);
        var names = exhibitors.ToDictionary(e => e.FirmId, e => e.Name);

        var placements = new List<ProposedPlacement>();
        var unplaced = new List<UnplacedExhibitor>();
        foreach (var kept in exhibitors.Where(e => boothsOf.ContainsKey(e.FirmId)))
        {
            placements.AddRange(boothsOf[kept.FirmId].Select(i => new ProposedPlacement(kept.FirmId, booths[i].Id, [new ProposalReason(ReasonKind.AlreadyHolds, booths[i].Code)])));
        }

        var order = exhibitors.Where(e => !boothsOf.ContainsKey(e.FirmId))
            .Select(e => (Exhibitor: e, Fitting: e.Wish is null ? int.MaxValue : booths.Count(b => b.Free && Fits(b, e.Wish))))
            .OrderBy(x => x.Exhibitor.Wish is null ? 1 : 0)
            .ThenBy(x => x.Fitting)
            .ThenByDescending(x => x.Exhibitor.Wish?.Area ?? 0)
            .ThenBy(x => x.Exhibitor.Name, StringComparer.Ordinal)
            .ThenBy(x => x.Exhibitor.FirmId)
            .Select(x => x.Exhibitor);

        foreach (var exhibitor in order)
        {
            var wish = exhibitor.Wish;
            var free = Enumerable.Range(0, booths.Length).Where(i => booths[i].Free && holder[i] is null).ToList();
            var fitting = wish is null ? free : free.Where(i => Fits(booths[i], wish)).ToList();
            if (fitting.Count == 0)
            {
                unplaced.Add(new UnplacedExhibitor(exhibitor.FirmId, WhyNothingFits(booths, free, wish)));
                continue;
            }
            var rivals = competitors.GetValueOrDefault(exhibitor.FirmId);
            var allowed = rivals is null ? fitting : fitting.Where(i => !neighbours[i].Any(n => holder[n] is { } h && rivals.Contains(h))).ToList();
            if (allowed.Count == 0)
            {
                unplaced.Add(new UnplacedExhibitor(exhibitor.FirmId, new ProposalReason(ReasonKind.OnlyNextToCompetitors)));
                continue;
            }
            var nearBooths = wish is null ? [] : wish.Near.Where(boothsOf.ContainsKey).SelectMany(f => boothsOf[f]).ToList();
            var best = (Index: -1, Score: default(Fit));
            foreach (var i in allowed)
            {
                var score = Score(booths, neighbours, holder, i, wish, nearBooths);
                if (best.Index < 0 || IsBetter(score, best.Score)) best = (i, score);
            }
            holder[best.Index] = exhibitor.FirmId;
            BoothsOf(boothsOf, exhibitor.FirmId).Add(best.Index);
            placements.Add(new ProposedPlacement(exhibitor.FirmId, booths[best.Index].Id, Explain(booths[best.Index], wish, best.Score, neighbours[best.Index], holder, names)));
        }
        return new ProposalResult(placements, unplaced);
    }

    private readonly record struct Fit(int HallMiss, int NearAdjacent, double NearDistance, decimal Waste);

    /// <summary>Preferred hall first, then more wanted neighbours, then closer to wanted firms, then less wasted area; ties keep the earlier booth (hall and code order).</summary>
    private static bool IsBetter(Fit a, Fit b) =>
        a.HallMiss != b.HallMiss ? a.HallMiss < b.HallMiss
        : a.NearAdjacent != b.NearAdjacent ? a.NearAdjacent > b.NearAdjacent
        : a.NearDistance != b.NearDistance ? a.NearDistance < b.NearDistance
        : a.Waste < b.Waste;

    private static Fit Score(ProposalBooth[] booths, List<int>[] neighbours, Guid?[] holder, int i, ProposalWish? wish, List<int> nearBooths)
    {
        if (wish is null)
        {
            // No request: the smallest booth left, inline before the more valuable types.
            return new Fit(0, 0, (double)booths[i].Type, booths[i].Area);
        }
        var hallMiss = wish.Hall is { Length: > 0 } hall && booths[i].Rect.Hall != hall ? 1 : 0;
        var nearAdjacent = neighbours[i].Count(n => holder[n] is { } h && wish.Near.Contains(h));
        var nearDistance = nearBooths.Count == 0 ? 0 : nearBooths.Min(n => booths[i].Rect.DistanceTo(booths[n].Rect));
        return new Fit(hallMiss, nearAdjacent, nearDistance, booths[i].Area - wish.Area);
    }

    private static bool Fits(ProposalBooth booth, ProposalWish wish) =>
        booth.Area >= wish.Area && (wish.Type is null || wish.Type == booth.Type);

    private static ProposalReason WhyNothingFits(ProposalBooth[] booths, List<int> free, ProposalWish? wish)
    {
        if (free.Count == 0 || wish is null) return new ProposalReason(ReasonKind.NoFreeBooth);
        if (!free.Any(i => booths[i].Area >= wish.Area)) return new ProposalReason(ReasonKind.NoBoothLargeEnough, Metres(wish.Area));
        return new ProposalReason(ReasonKind.NoBoothOfType, wish.Type.ToString());
    }

    private static List<ProposalReason> Explain(ProposalBooth booth, ProposalWish? wish, Fit score, List<int> neighbours, Guid?[] holder, Dictionary<Guid, string> names)
    {
        if (wish is null) return [new ProposalReason(ReasonKind.NoRequest)];
        var reasons = new List<ProposalReason> { new(ReasonKind.AreaFits, Metres(wish.Area)) };
        if (wish.Type is { } type) reasons.Add(new ProposalReason(ReasonKind.TypeMatches, type.ToString()));
        if (wish.Hall is { Length: > 0 } hall)
        {
            reasons.Add(score.HallMiss == 0 ? new ProposalReason(ReasonKind.InPreferredHall, hall) : new ProposalReason(ReasonKind.PreferredHallFull, hall));
        }
        reasons.AddRange(neighbours.Where(n => holder[n] is { } h && wish.Near.Contains(h)).Select(n => holder[n]!.Value).Distinct()
            .Select(f => new ProposalReason(ReasonKind.NearFirm, names.GetValueOrDefault(f, f.ToString()))));
        return reasons;
    }

    private static string Metres(decimal area) => area.ToString("0.##", CultureInfo.InvariantCulture);

    private static Dictionary<Guid, HashSet<Guid>> CompetitorsBothWays(IReadOnlyList<ProposalExhibitor> exhibitors)
    {
        var map = new Dictionary<Guid, HashSet<Guid>>();
        foreach (var e in exhibitors.Where(e => e.Wish is not null))
        {
            foreach (var rival in e.Wish!.Competitors.Where(r => r != e.FirmId))
            {
                Add(map, e.FirmId, rival);
                Add(map, rival, e.FirmId);
            }
        }
        return map;

        static void Add(Dictionary<Guid, HashSet<Guid>> map, Guid a, Guid b)
        {
            if (!map.TryGetValue(a, out var set)) map[a] = set = [];
            set.Add(b);
        }
    }

    /// <summary>Adjacent booths of each booth, hall by hall (pairs across halls are never adjacent).</summary>
    internal static List<int>[] Neighbours(IReadOnlyList<ProposalBooth> booths)
    {
        var result = booths.Select(_ => new List<int>()).ToArray();
        foreach (var hall in Enumerable.Range(0, booths.Count).GroupBy(i => booths[i].Rect.Hall))
        {
            var members = hall.ToArray();
            for (var a = 0; a < members.Length; a++)
            {
                for (var b = a + 1; b < members.Length; b++)
                {
                    if (booths[members[a]].Rect.IsAdjacentTo(booths[members[b]].Rect))
                    {
                        result[members[a]].Add(members[b]);
                        result[members[b]].Add(members[a]);
                    }
                }
            }
        }
        return result;
    }

    private static List<int> BoothsOf(Dictionary<Guid, List<int>> boothsOf, Guid firm)
    {
        if (!boothsOf.TryGetValue(firm, out var list)) boothsOf[firm] = list = [];
        return list;
    }
}
