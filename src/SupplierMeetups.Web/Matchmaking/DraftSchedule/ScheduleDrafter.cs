using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Scheduling;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Matchmaking.DraftSchedule;

public sealed class SchedulingOptions
{
    /// <summary>How long the engine may improve a draft; the whole draft (load, engine, save) must stay under 5 s.</summary>
    public double EngineSeconds { get; set; } = 2.5;
}

/// <summary>Runs the engine on all accepted requests and saves the draft; published meetings stay where they are.</summary>
public sealed class ScheduleDrafter(AppDbContext db, EventStore events, Participants participants, TimeProvider clock, SchedulingOptions options, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<EventSchedule>> DraftAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var board = await ScheduleBoard.LoadAsync(db, events, participants, eventId, cancellationToken);
        if (board is null)
        {
            return new Refusal(l["There is no such event."], StatusCodes.Status404NotFound);
        }
        var (problem, _) = board.ToProblem();
        ScheduleResult result;
        try
        {
            result = Scheduler.Solve(problem, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(options.EngineSeconds), TimeProvider = clock });
        }
        catch (InvalidSchedulingProblemException ex)
        {
            return new Refusal(l["The schedule cannot be drafted: {0}", string.Join("; ", ex.Errors)], StatusCodes.Status409Conflict);
        }
        var byId = board.Accepted.ToDictionary(r => r.Id.ToString("N"));
        foreach (var assignment in result.Assignments)
        {
            var request = byId[assignment.Meeting];
            (request.Slot, request.Table, request.UnscheduledReason) = (assignment.Slot, assignment.Table, null);
        }
        foreach (var unscheduled in result.Unscheduled)
        {
            var request = byId[unscheduled.Meeting];
            (request.Slot, request.Table, request.UnscheduledReason) = (null, null, unscheduled.Reason);
        }
        var schedule = await db.Set<EventSchedule>().SingleOrDefaultAsync(s => s.EventId == eventId, cancellationToken);
        if (schedule is null)
        {
            schedule = new EventSchedule { EventId = eventId };
            db.Add(schedule);
        }
        schedule.DraftedAt = clock.GetUtcNow();
        schedule.Weight = result.Weight;
        schedule.Gaps = result.Gaps;
        schedule.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        return schedule;
    }
}
