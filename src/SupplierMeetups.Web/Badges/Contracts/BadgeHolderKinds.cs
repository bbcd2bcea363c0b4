namespace SupplierMeetups.Web.Badges.Contracts;

/// <summary>Whose id a badge's holder id is: holder ids are unique whatever their kind.</summary>
public static class BadgeHolderKinds
{
    public const string FirmPerson = nameof(FirmPerson);
    public const string Visitor = nameof(Visitor);
}
