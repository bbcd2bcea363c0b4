using SupplierMeetups.Web.Exhibition.Booths;

namespace SupplierMeetups.Web.Exhibition.ProposeAssignment;

/// <summary>A booth as the proposal sees it. <paramref name="HolderFirmId"/>: who holds it now; <paramref name="Free"/>: available to place someone.</summary>
public sealed record ProposalBooth(Guid Id, string Code, BoothRect Rect, BoothType Type, decimal Area, Guid? HolderFirmId, bool Free);

/// <summary>An approved exhibitor, with its booth request if it made one.</summary>
public sealed record ProposalExhibitor(Guid FirmId, string Name, ProposalWish? Wish);

public sealed record ProposalWish(decimal Area, BoothType? Type, string? Hall, IReadOnlyList<Guid> Near, IReadOnlyList<Guid> Competitors);

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ReasonKind>))]
public enum ReasonKind
{
    AlreadyHolds,
    AreaFits,
    TypeMatches,
    InPreferredHall,
    PreferredHallFull,
    NearFirm,
    NoRequest,
    ChosenByOrganizer,
    NoBoothLargeEnough,
    NoBoothOfType,
    OnlyNextToCompetitors,
    NoFreeBooth,
}

/// <summary>One line of explanation; <see cref="Detail"/> is the area, type, hall or firm name it speaks of.</summary>
public sealed record ProposalReason(ReasonKind Kind, string? Detail = null);

public sealed record ProposedPlacement(Guid FirmId, Guid BoothId, IReadOnlyList<ProposalReason> Reasons)
{
    public bool IsKept => Reasons.Any(r => r.Kind == ReasonKind.AlreadyHolds);
}

public sealed record UnplacedExhibitor(Guid FirmId, ProposalReason Reason);

public sealed record ProposalResult(IReadOnlyList<ProposedPlacement> Placements, IReadOnlyList<UnplacedExhibitor> Unplaced);
