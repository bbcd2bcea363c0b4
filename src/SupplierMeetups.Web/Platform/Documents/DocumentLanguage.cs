namespace SupplierMeetups.Web.Platform.Documents;

/// <summary>The language a participant reads a document in.</summary>
internal enum DocumentLanguage
{
    Turkish,
    English,
}
