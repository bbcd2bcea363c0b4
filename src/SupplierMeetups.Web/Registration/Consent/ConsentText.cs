namespace SupplierMeetups.Web.Registration.Consent;

/// <summary>One version of an event's KVKK notice in one language. Never changed: an edit adds the next version.</summary>
public sealed class ConsentText
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }

    /// <summary>"tr" or "en".</summary>
    public string Language { get; set; } = "tr";
    public int Version { get; set; }
    public string Text { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedByUserId { get; set; }
}

/// <summary>Proof that a person accepted a given consent text version, when and from where.</summary>
public sealed class ConsentRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>"Visitor", "FirmContact", …: what <see cref="PersonId"/> points to.</summary>
    public string PersonKind { get; set; } = "";
    public Guid PersonId { get; set; }
    public Guid EventId { get; set; }
    public string Language { get; set; } = "tr";
    public Guid ConsentTextId { get; set; }
    public DateTimeOffset AcceptedAt { get; set; }

    /// <summary>Personal data too: cleared when the person asks for erasure; the rest stays as proof.</summary>
    public string? IpAddress { get; set; }
    public DateTimeOffset? AnonymizedAt { get; set; }
}

public static class PersonKinds
{
    public const string Visitor = nameof(Visitor);
    public const string FirmContact = nameof(FirmContact);
    public const string FirmPerson = nameof(FirmPerson);
}
