using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Exhibition.ProposeAssignment;

namespace SupplierMeetups.UnitTests.Exhibition;

public sealed class BoothProposerTests
{
    /// <summary>A row of 3×3 booths touching side by side in one hall: R-01 at x=0, R-02 at x=3, …</summary>
    private static List<ProposalBooth> Row(int count, string hall = "Salon 1", string prefix = "R", BoothType type = BoothType.Inline, double y = 0, double size = 3) =>
        Enumerable.Range(0, count).Select(i => Booth($"{prefix}-{i + 1:00}", hall, i * size, y, size, type)).ToList();

    private static ProposalBooth Booth(string code, string hall, double x, double y, double size = 3, BoothType type = BoothType.Inline, Guid? holder = null, bool free = true) =>
        new(Guid.NewGuid(), code, new BoothRect(hall, x, y, size, size), type, (decimal)(size * size), holder, free && holder is null);

    private static ProposalExhibitor Firm(string name, decimal area = 9, BoothType? type = null, string? hall = null, Guid[]? near = null, Guid[]? competitors = null) =>
        new(Guid.NewGuid(), name, new ProposalWish(area, type, hall, near ?? [], competitors ?? []));

    private static string CodeOf(ProposalResult result, IReadOnlyList<ProposalBooth> booths, ProposalExhibitor firm) =>
        booths.Single(b => b.Id == result.Placements.Single(p => p.FirmId == firm.FirmId).BoothId).Code;

    [Fact]
    public void Propose_WhenAreaAndTypeAsked_PlacesOnlyOnBoothsThatFit()
    {
        var booths = new List<ProposalBooth> { Booth("S-1", "Salon 1", 0, 0, 3), Booth("L-1", "Salon 1", 10, 0, 4), Booth("C-1", "Salon 1", 20, 0, 4, BoothType.Corner) };
        var big = Firm("Büyük", area: 16);
        var corner = Firm("Köşeci", area: 10, type: BoothType.Corner);

        var result = BoothProposer.Propose(booths, [big, corner]);

        Assert.Equal("L-1", CodeOf(result, booths, big));
        Assert.Equal("C-1", CodeOf(result, booths, corner));
        Assert.Empty(result.Unplaced);
    }

    [Fact]
    public void Propose_WhenPreferredHallHasRoom_UsesItAndSaysSo()
    {
        var booths = Row(2, "Salon 1").Concat(Row(2, "Salon 2", "S")).ToList();
        var firm = Firm("Salon İkici", hall: "Salon 2");

        var result = BoothProposer.Propose(booths, [firm]);

        Assert.StartsWith("S-", CodeOf(result, booths, firm));
        Assert.Contains(new ProposalReason(ReasonKind.InPreferredHall, "Salon 2"), result.Placements.Single().Reasons);
    }

    [Fact]
    public void Propose_WhenPreferredHallIsFull_PlacesElsewhereAndExplains()
    {
        var booths = Row(1, "Salon 1").Concat(Row(1, "Salon 2", "S")).ToList();
        var first = Firm("Ahmet", area: 9, hall: "Salon 2", type: BoothType.Inline);
        var second = Firm("Bora", area: 9, hall: "Salon 2");

        var result = BoothProposer.Propose(booths, [first, second]);

        Assert.Equal(2, result.Placements.Count);
        Assert.Contains(result.Placements, p => p.Reasons.Contains(new ProposalReason(ReasonKind.PreferredHallFull, "Salon 2")));
    }

    [Fact]
    public void Propose_WhenTwoFirmsAreCompetitors_NeverPlacesThemSideBySide()
    {
        var booths = Row(3);
        var aselsan = Firm("Rakip A");
        var rival = Firm("Rakip B", competitors: [aselsan.FirmId]);

        var result = BoothProposer.Propose(booths, [aselsan, rival]);

        var codes = new[] { CodeOf(result, booths, aselsan), CodeOf(result, booths, rival) }.Order().ToArray();
        Assert.Equal(["R-01", "R-03"], codes);
    }

    [Fact]
    public void Propose_WhenOnlyBoothsNextToACompetitorAreLeft_ListsTheFirmAsNotPlacedWithTheReason()
    {
        var booths = Row(2);
        var first = Firm("Birinci");
        var second = Firm("İkinci", competitors: [first.FirmId]);

        var result = BoothProposer.Propose(booths, [first, second]);

        var unplaced = Assert.Single(result.Unplaced);
        Assert.Equal(ReasonKind.OnlyNextToCompetitors, unplaced.Reason.Kind);
        Assert.Single(result.Placements);
    }

    [Fact]
    public void Propose_WhenCompetitorsAreAcrossAnAisle_AllowsIt()
    {
        var booths = new List<ProposalBooth> { Booth("A-1", "Salon 1", 0, 0), Booth("B-1", "Salon 1", 0, 3 + 2) };
        var first = Firm("Birinci");
        var second = Firm("İkinci", competitors: [first.FirmId]);

        var result = BoothProposer.Propose(booths, [first, second]);

        Assert.Equal(2, result.Placements.Count);
    }

    [Fact]
    public void Propose_WhenAFirmAsksToBeNearAnother_PutsItNextToThatFirm()
    {
        var booths = Row(6);
        var anchor = Firm("Çapa", area: 9, type: BoothType.Inline);
        var follower = Firm("Takipçi", near: [anchor.FirmId]);
        var holder = booths[4] with { HolderFirmId = anchor.FirmId, Free = false };
        booths[4] = holder;

        var result = BoothProposer.Propose(booths, [anchor, follower]);

        Assert.Contains(CodeOf(result, booths, follower), new[] { "R-04", "R-06" });
        Assert.Contains(result.Placements, p => p.FirmId == follower.FirmId && p.Reasons.Any(r => r.Kind == ReasonKind.NearFirm && r.Detail == "Çapa"));
        Assert.Contains(result.Placements, p => p.FirmId == anchor.FirmId && p.IsKept);
    }

    [Fact]
    public void Propose_WhenMoreFirmsThanBooths_NeverGivesABoothTwiceAndListsTheRest()
    {
        var booths = Row(5);
        var firms = Enumerable.Range(0, 8).Select(i => Firm($"Firma {i}")).ToList();

        var result = BoothProposer.Propose(booths, firms);

        Assert.Equal(5, result.Placements.Count);
        Assert.Equal(5, result.Placements.Select(p => p.BoothId).Distinct().Count());
        Assert.Equal(3, result.Unplaced.Count);
        Assert.All(result.Unplaced, u => Assert.Equal(ReasonKind.NoFreeBooth, u.Reason.Kind));
    }

    [Fact]
    public void Propose_WhenBoothsAreBlockedOrHeld_LeavesThemAlone()
    {
        var booths = Row(3);
        booths[0] = booths[0] with { Free = false };
        var other = Guid.NewGuid();
        booths[1] = booths[1] with { HolderFirmId = other, Free = false };
        var firms = new[] { Firm("Bir"), Firm("İki") };

        var result = BoothProposer.Propose(booths, firms);

        var placed = Assert.Single(result.Placements);
        Assert.Equal(booths[2].Id, placed.BoothId);
    }

    [Fact]
    public void Propose_WhenNoBoothIsLargeEnough_SaysSo()
    {
        var result = BoothProposer.Propose(Row(2), [Firm("Dev", area: 50)]);

        Assert.Equal(new ProposalReason(ReasonKind.NoBoothLargeEnough, "50"), Assert.Single(result.Unplaced).Reason);
    }

    [Fact]
    public void Propose_WhenScarceBoothIsWantedByAConstrainedFirm_GivesItToThatFirmFirst()
    {
        var booths = Row(2).Append(Booth("C-1", "Salon 1", 20, 0, 3, BoothType.Corner)).ToList();
        var flexible = Firm("Aaa Esnek");
        var corner = Firm("Zzz Köşe", type: BoothType.Corner);
        var flexible2 = Firm("Bbb Esnek");

        var result = BoothProposer.Propose(booths, [flexible, flexible2, corner]);

        Assert.Equal("C-1", CodeOf(result, booths, corner));
        Assert.Empty(result.Unplaced);
    }

    [Fact]
    public void Propose_WhenRunTwice_GivesTheSameResult()
    {
        var booths = Row(10);
        var firms = Enumerable.Range(0, 8).Select(i => Firm($"Firma {i}", competitors: [])).ToList();

        var first = BoothProposer.Propose(booths, firms);
        var second = BoothProposer.Propose(booths.AsEnumerable().Reverse().ToList(), firms);

        Assert.Equal(first.Placements.Select(p => (p.FirmId, p.BoothId)), second.Placements.Select(p => (p.FirmId, p.BoothId)));
    }
}
