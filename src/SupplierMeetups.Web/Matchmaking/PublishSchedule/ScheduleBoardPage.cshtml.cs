using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Matchmaking.DraftSchedule;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.PublishSchedule;

/// <summary>
/// The organizers' schedule workflow on one page: draft with the engine, review per firm (flagged suppliers first),
/// the grid (where a meeting is moved, swapped or cancelled), publish the reviewed version. Works without JavaScript.
/// </summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class ScheduleBoardPageModel(
    IEventQueries events, ScheduleReview review, ScheduleDrafter drafter, SchedulePublisher publisher, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    public EventInfo? Event { get; private set; }
    public ScheduleReviewModel? Review { get; private set; }
    public string? Message { get; private set; }

    /// <summary>Publishing mails every firm whose agenda changed: the page first says how many, and publishes on a second click.</summary>
    [BindProperty(SupportsGet = true)]
    public bool ConfirmPublish { get; set; }

    public PublishPreview? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostDraftAsync(CancellationToken cancellationToken) =>
        AfterAsync(async () => (await drafter.DraftAsync(EventId, cancellationToken)).Refusal, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(Guid version, CancellationToken cancellationToken) =>
        AfterAsync(async () =>
        {
            var outcome = await publisher.PublishAsync(EventId, version, cancellationToken);
            if (outcome.Value is { } published)
            {
                TempData["Status"] = l["The schedule is published: {0} meetings; {1} firms are told by e-mail.", published.Meetings, published.FirmsTold].Value;
            }
            return outcome.Refusal;
        }, cancellationToken);

    private async Task<IActionResult> AfterAsync(Func<Task<Refusal?>> action, CancellationToken cancellationToken)
    {
        var refusal = await action();
        if (refusal is null)
        {
            return Redirect($"/organizer/events/{EventId}/schedule");
        }
        Message = refusal.Message;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return false;
        }
        Review = await review.LoadAsync(EventId, cancellationToken);
        Preview = ConfirmPublish ? await publisher.PreviewAsync(EventId, cancellationToken) : null;
        return true;
    }
}
