namespace SupplierMeetups.Web.CheckIn.Redeem;

/// <summary>Whether the holder goes in or out; sent by name ("Entry", "Exit").</summary>
public enum ScanDirection
{
    Entry,
    Exit,
}
