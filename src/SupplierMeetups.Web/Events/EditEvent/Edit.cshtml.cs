using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Events.EditEvent;

/// <summary>Creates or edits an event. "Add a hall" and "Add a meeting day" post back with one more row, so no script is needed.</summary>
[Authorize(Roles = Roles.Organizer), ShowsFieldErrors]
public sealed class EditModel(EventStore store) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public EventInput Input { get; set; } = new();

    /// <summary>Shared table codes separated by commas or new lines.</summary>
    [BindProperty, MultilineText, Display(Name = "Table codes (separated by commas)")]
    public string? TableCodes { get; set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var existing = await store.FindAsync(id, cancellationToken);
            if (existing is null)
            {
                return NotFound();
            }
            Input = EventInput.From(existing);
            TableCodes = string.Join(", ", Input.Tables.Select(t => t.Code));
        }
        else
        {
            Input.Halls.Add(new HallInput());
            Input.MeetingDays.Add(new MeetingDayInput());
        }
        return Page();
    }

    public IActionResult OnPostAddHall()
    {
        ModelState.Clear();
        Input.Halls.Add(new HallInput());
        return Page();
    }

    public IActionResult OnPostAddDay()
    {
        ModelState.Clear();
        Input.MeetingDays.Add(new MeetingDayInput { SlotMinutes = Input.MeetingDays.LastOrDefault()?.SlotMinutes ?? 20 });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.Tables = (TableCodes ?? "").Split([',', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(code => new TableInput { Code = code }).ToList();
        ModelState.ClearValidationState(nameof(Input));
        if (!TryValidateModel(Input, nameof(Input)))
        {
            return Page();
        }
        if (Id is not { } id)
        {
            var created = await store.CreateAsync(Input, cancellationToken);
            return Redirect($"/organizer/events/edit/{created.Id}?saved=1");
        }
        var outcome = await store.UpdateAsync(id, Input, cancellationToken);
        if (outcome.Refusal is { Status: StatusCodes.Status404NotFound })
        {
            return NotFound();
        }
        if (outcome.Refusal is { } refusal)
        {
            refusal.AddTo(ModelState, nameof(Input));
            return Page();
        }
        return Redirect($"/organizer/events/edit/{outcome.Value!.Id}?saved=1");
    }

    public override void OnPageHandlerExecuted(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext context) =>
        Saved = Request.Query.ContainsKey("saved");
}
