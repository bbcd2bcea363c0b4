namespace SupplierMeetups.Web.Badges;

/// <summary>How badges are placed on paper when printed in a batch.</summary>
public enum BadgeSheetLayout
{
    /// <summary>One A6 page per badge (badge printers, pre-cut stock).</summary>
    A6PerPage,

    /// <summary>Four A6 badges per A4 sheet with light cut marks (office printers).</summary>
    A4FourUp,
}
