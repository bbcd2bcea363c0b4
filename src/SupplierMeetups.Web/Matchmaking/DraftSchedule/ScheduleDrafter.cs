using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Scheduling;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Matchmaking.DraftSchedule;

public sealed class SchedulingOptions
{
    /// <summary>The whole draft (load, engine, save) must stay under 5 s; the engine gets what loading left of this budget.</summary>
    public double DraftBudgetSeconds { get; set; } = 3.5;

    /// <summary>Kept back from the engine for saving the draft.</summary>
    public double SaveReserveSeconds { get; set; } = 1.0;

    /// <summary>The engine always gets at least this long, even when loading was slow.</summary>
    public double MinimumEngineSeconds { get; set; } = 0.5;
}

/// <summary>Runs the engine on all accepted requests and saves the draft; published meetings stay where they are.</summary>
public sealed class ScheduleDrafter(AppDbContext db, IEventQueries events, Participants participants, TimeProvider clock, SchedulingOptions options, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<EventSchedule>> DraftAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var board = await ScheduleBoard.LoadAsync(db, events, participants, eventId, cancellationToken);
        if (board is null)
        {
            return new Refusal(l["There is no such event."], StatusCodes.Status404NotFound);
        }
        var (problem, _) = board.ToProblem();
        ScheduleResult result;
        try
        {
            var left = options.DraftBudgetSeconds - options.SaveReserveSeconds - clock.GetElapsedTime(started).TotalSeconds;
            var limit = TimeSpan.FromSeconds(Math.Max(options.MinimumEngineSeconds, left));
            result = Scheduler.Solve(problem, new SolveOptions { TimeLimit = limit, TimeProvider = clock });
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
        schedule.UpperBound = result.UpperBound;
        schedule.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        return schedule;
    }
}
