namespace SupplierMeetups.Web.Registration;

/// <summary>A firm's registration for one event.</summary>
public sealed class Participation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public Guid FirmId { get; set; }
    public ParticipationType Type { get; set; }
    public ParticipationStatus Status { get; set; }
    public string? RejectionReason { get; set; }

    /// <summary>The account of the firm's contact person, who signs in to manage the firm.</summary>
    public Guid? ContactUserId { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>Exhibitors: the booth they ask for (area, type), as they wrote it.</summary>
    public string? BoothRequest { get; set; }

    /// <summary>The sign-up form's one-time token: a second submission of the same form finds this row instead of registering again.</summary>
    public Guid? SubmissionToken { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }
}

/// <summary>A node of the capability taxonomy that organizers edit (e.g. "machining" › "cnc-machining").</summary>
public sealed class Capability
{
    public string Code { get; set; } = "";
    public string? ParentCode { get; set; }
    public string NameTr { get; set; } = "";
    public string NameEn { get; set; } = "";

    public string Name(string language) => language == "en" ? NameEn : NameTr;
}
