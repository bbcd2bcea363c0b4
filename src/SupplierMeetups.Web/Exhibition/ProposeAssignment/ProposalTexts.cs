using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Exhibition.ProposeAssignment;

/// <summary>Words a proposal's reasons in the reader's language.</summary>
public static class ProposalTexts
{
    public static string Describe(ProposalReason reason, IStringLocalizer<SharedResource> l) => reason.Kind switch
    {
        ReasonKind.AlreadyHolds => l["Already holds {0}.", reason.Detail ?? ""],
        ReasonKind.AreaFits => l["At least the {0} m² asked for.", reason.Detail ?? ""],
        ReasonKind.TypeMatches => l["The type asked for: {0}.", TypeName(reason.Detail, l)],
        ReasonKind.InPreferredHall => l["In the preferred hall {0}.", reason.Detail ?? ""],
        ReasonKind.PreferredHallFull => l["No fitting booth was left in the preferred hall {0}.", reason.Detail ?? ""],
        ReasonKind.NearFirm => l["Next to {0}, as asked.", reason.Detail ?? ""],
        ReasonKind.NoRequest => l["No booth request: the smallest booth left."],
        ReasonKind.ChosenByOrganizer => l["Chosen by the organizer."],
        ReasonKind.NoBoothLargeEnough => l["No free booth of at least {0} m².", reason.Detail ?? ""],
        ReasonKind.NoBoothOfType => l["No free booth of the type asked for ({0}) is large enough.", TypeName(reason.Detail, l)],
        ReasonKind.OnlyNextToCompetitors => l["Every fitting booth is next to a competitor."],
        _ => l["No free booth is left."],
    };

    public static string TypeName(string? type, IStringLocalizer<SharedResource> l) =>
        Enum.TryParse<BoothType>(type, out var t) ? TypeName(t, l) : type ?? "";

    public static string TypeName(BoothType type, IStringLocalizer<SharedResource> l) => type switch
    {
        BoothType.Inline => l["Inline"],
        BoothType.Corner => l["Corner"],
        BoothType.Peninsula => l["Peninsula"],
        _ => l["Island"],
    };

    public static string StatusName(BoothStatus status, IStringLocalizer<SharedResource> l) => status switch
    {
        BoothStatus.Available => l["Available"],
        BoothStatus.Held => l["Held"],
        BoothStatus.Reserved => l["Reserved"],
        BoothStatus.Assigned => l["Assigned"],
        _ => l["Blocked"],
    };

    public static string RestrictionName(BoothRestriction restriction, IStringLocalizer<SharedResource> l) => restriction switch
    {
        BoothRestriction.None => l["None"],
        BoothRestriction.Reserved => l["Reserved"],
        _ => l["Blocked"],
    };
}
