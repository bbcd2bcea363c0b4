namespace SupplierMeetups.Web.Badges;

/// <summary>The role printed on a badge; each has its own colour band so that staff can tell them apart from afar.</summary>
public enum BadgeType
{
    Exhibitor,
    Supplier,
    Prime,
    Visitor,
    Organizer,
    Staff,
    Press,
}
