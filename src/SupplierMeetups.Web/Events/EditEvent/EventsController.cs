using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Events.EditEvent;

[ApiController]
[Route("api/v1/events")]
[Produces("application/json")]
public sealed class EventsController(AppDbContext db, EventStore store, IStringLocalizer<SharedResource> l) : ControllerBase
{
    /// <summary>The events, newest first. Public: visitors and firms choose an event here.</summary>
    [HttpGet, AllowAnonymous]
    public async Task<IReadOnlyList<EventSummary>> List(CancellationToken cancellationToken)
    {
        var events = await db.Set<Event>().AsNoTracking().OrderByDescending(e => e.StartDate).ToListAsync(cancellationToken);
        return events.Select(e => new EventSummary(e.Id, e.Name(LanguageOf.Current), e.Venue, e.City, e.StartDate, e.EndDate)).ToList();
    }

    [HttpGet("{id:guid}"), AllowAnonymous]
    [ProducesResponseType<EventResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(Guid id, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } e ? Ok(EventResponse.From(e)) : NotFoundProblem();

    [HttpPost, Authorize(Roles = Roles.Organizer)]
    [ProducesResponseType<EventResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Create(EventInput input, CancellationToken cancellationToken)
    {
        var created = await store.CreateAsync(input, cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, EventResponse.From(created));
    }

    /// <summary>Replaces the event. Send the <c>version</c> you read: if someone saved in between, the answer is 409.</summary>
    [HttpPut("{id:guid}"), Authorize(Roles = Roles.Organizer)]
    [ProducesResponseType<EventResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Update(Guid id, EventInput input, CancellationToken cancellationToken)
    {
        var outcome = await store.UpdateAsync(id, input, cancellationToken);
        return outcome.Refusal is { } refusal ? this.Refused(refusal) : Ok(EventResponse.From(outcome.Value!));
    }

    private ObjectResult NotFoundProblem() =>
        Problem(l["There is no such event."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
}
