namespace SupplierMeetups.Web.Matchmaking.Outcomes;

/// <summary>What a firm records after a meeting: held or no-show, and the follow-ups agreed.</summary>
public sealed class OutcomeInput
{
    public bool Held { get; set; }
    public bool Nda { get; set; }
    public bool RequestForQuotation { get; set; }
    public bool SiteVisit { get; set; }
    public bool PortalRegistration { get; set; }
}
