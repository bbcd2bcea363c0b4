namespace SupplierMeetups.Web.Matchmaking.Outcomes;

/// <summary>What one side of a meeting recorded afterwards; the prime and the supplier each keep their own.</summary>
public sealed class MeetingOutcome
{
    public Guid RequestId { get; set; }
    public Guid ParticipationId { get; set; }
    public Guid EventId { get; set; }
    public bool Held { get; set; }
    public bool Nda { get; set; }
    public bool RequestForQuotation { get; set; }
    public bool SiteVisit { get; set; }
    public bool PortalRegistration { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
