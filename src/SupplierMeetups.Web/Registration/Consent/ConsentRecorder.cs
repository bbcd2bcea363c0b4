using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Registration.Consent;

/// <summary>
/// Records who accepted which consent text version, when and from which address. It only adds the record to the
/// caller's unit of work: saved together with the registration, or not at all.
/// </summary>
public sealed class ConsentRecorder(AppDbContext db)
{
    public ConsentRecord Record(string personKind, Guid personId, Guid eventId, string language, Guid versionId, string? ip, DateTimeOffset now)
    {
        var record = new ConsentRecord
        {
            PersonKind = personKind,
            PersonId = personId,
            EventId = eventId,
            Language = language,
            ConsentTextId = versionId,
            AcceptedAt = now,
            IpAddress = ip,
        };
        db.Add(record);
        return record;
    }
}
