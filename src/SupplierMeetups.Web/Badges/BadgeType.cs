namespace SupplierMeetups.Web.Badges;

/// <summary>
/// The role printed on a badge; each has its own colour band so that staff can tell them apart from afar. Exhibitor: a
/// firm with a booth; Supplier: a supplier firm's representative at the B2B meetings; Prime: a prime contractor's
/// representative; Visitor: a registered visitor; Organizer: the chamber's staff; Staff: door and hall staff; Press.
/// </summary>
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
