namespace SupplierMeetups.Web.Registration.PersonalData;

/// <summary>What an erased person's fields become: the row stays (figures and proof keep their count), the person is gone.</summary>
public static class ErasedPerson
{
    public const string Name = "Silinmiş kişi";
    private const string Domain = "@erased.invalid";

    /// <summary>Unique per row, so unique indexes on e-mail still hold, and never deliverable (.invalid is reserved).</summary>
    public static string Email(Guid id) => $"erased-{id:N}{Domain}";

    public static bool IsErasedEmail(string? email) => email?.EndsWith(Domain, StringComparison.Ordinal) == true;
}
