using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.CheckIn.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.Reporting.Outcomes;

/// <summary>The outcome totals per prime, and the no-shows the meeting tables propose for the organizer to confirm.</summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class OutcomeReportModel(OutcomeTotalsQuery outcomes, NoShowConfirmations noShows, IParticipantFirms firms, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    public IReadOnlyList<OutcomeTotals> Rows { get; private set; } = [];

    public IReadOnlyList<ProposedNoShow> NoShows { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> FirmNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await outcomes.TotalsAsync(EventId, cancellationToken);
        NoShows = await noShows.ProposedAsync(EventId, cancellationToken);
        if (NoShows.Count > 0)
        {
            FirmNames = (await firms.OfEventAsync(EventId, null, cancellationToken)).ToDictionary(f => f.ParticipationId, f => f.ShortName);
        }
    }

    /// <summary>Confirms a proposed no-show (the confirm step is the page's button next to the proposal).</summary>
    public async Task<IActionResult> OnPostConfirmNoShowAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        var outcome = await noShows.ConfirmAsync(EventId, meetingId, SignedInUser.IdOf(User) ?? Guid.Empty, cancellationToken);
        TempData["Status"] = outcome.Refusal is { } refusal ? refusal.Message : l["No-show confirmed."].Value;
        return Redirect($"/organizer/events/{EventId}/outcomes#no-shows");
    }
}
