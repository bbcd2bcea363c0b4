using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Exhibition.ProposeAssignment;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Exhibition.FloorPlan;

/// <summary>The organizer's floor plan of one hall: click (or Enter on) a booth to edit or assign it.</summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class PlanModel(IEventQueries events, BoothQuery query, ProposalService proposals, FloorPlanSettings settings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Hall { get; set; }

    public EventInfo? Event { get; private set; }
    public IReadOnlyList<BoothView> Booths { get; private set; } = [];

    [BindProperty]
    public ExhibitionSettings Settings { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null) return NotFound();
        Hall ??= Event.Halls.OrderBy(h => h.Name, StringComparer.Ordinal).FirstOrDefault()?.Name;
        Booths = (await query.ForEventAsync(EventId, cancellationToken)).Where(v => v.Booth.HallName == Hall).ToList();
        Settings = (await settings.GetAsync(EventId, cancellationToken)).Value ?? new ExhibitionSettings();
        return Page();
    }

    public async Task<IActionResult> OnPostProposeAsync(CancellationToken cancellationToken)
    {
        if (await events.FindAsync(EventId, cancellationToken) is null) return NotFound();
        var proposal = await proposals.CreateAsync(EventId, cancellationToken);
        return Redirect($"/organizer/events/{EventId}/booths/proposals/{proposal.Id}");
    }

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken cancellationToken)
    {
        if ((await settings.SaveAsync(EventId, Settings.AllowSeveralBoothsPerFirm, Settings.HoldHours, cancellationToken)).Refusal is not null) return NotFound();
        return Redirect($"/organizer/events/{EventId}/booths?hall={Uri.EscapeDataString(Hall ?? "")}");
    }
}
