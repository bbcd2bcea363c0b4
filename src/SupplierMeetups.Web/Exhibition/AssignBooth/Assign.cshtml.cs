using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Exhibition.AssignBooth;

/// <summary>One booth: what it is, who holds it, and the forms to assign, hold, confirm or release it.</summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class AssignModel(BoothQuery query, BoothAssigner assigner, IEventDays events, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid BoothId { get; set; }

    [BindProperty, Display(Name = "Firm")]
    public Guid? FirmId { get; set; }

    [BindProperty]
    public bool Hold { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public BoothView? View { get; private set; }
    public IReadOnlyList<FirmName> Exhibitors { get; private set; } = [];
    public string? Done { get; private set; }

    /// <summary>The event's time zone: a hold's end is shown as the venue's clock reads it.</summary>
    public TimeZoneInfo TimeZone { get; private set; } = TimeZoneInfo.Utc;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken cancellationToken)
    {
        if (FirmId is not { } firmId)
        {
            ModelState.AddModelError(nameof(FirmId), l["Choose a firm."]);
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }
        return await AfterAsync(await assigner.AssignAsync(EventId, BoothId, firmId, Version, Hold, cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostReleaseAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await assigner.ReleaseAsync(EventId, BoothId, Version, cancellationToken), cancellationToken);

    private async Task<IActionResult> AfterAsync(Refusal? refusal, CancellationToken cancellationToken)
    {
        if (refusal is null)
        {
            var hall = (await query.ForEventAsync(EventId, cancellationToken)).Single(v => v.Booth.Id == BoothId).Booth.HallName;
            return Redirect($"/organizer/events/{EventId}/booths?hall={Uri.EscapeDataString(hall)}");
        }
        ModelState.AddModelError(string.Empty, refusal.Message);
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        View = (await query.ForEventAsync(EventId, cancellationToken)).SingleOrDefault(v => v.Booth.Id == BoothId);
        if (View is null) return false;
        Exhibitors = await query.ApprovedExhibitorsAsync(EventId, cancellationToken);
        TimeZone = (await events.FindAsync(EventId, cancellationToken))?.TimeZone ?? TimeZoneInfo.Utc;
        Version = View.Booth.Version;
        ModelState.Remove(nameof(Version));
        return true;
    }
}
