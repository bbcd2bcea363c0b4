using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Exhibition.Booths;

/// <summary>
/// Creates, changes and deletes booths, one or many at once (grid, CSV) with one save: either every booth is
/// valid and all are written, or nothing is and the errors say why. A booth that a firm holds keeps its
/// assignment through any change; blocking, reserving or deleting it is refused until the organizer releases it.
/// </summary>
public sealed class BoothStore(AppDbContext db, IEventQueries events, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>Writes the booths; an input whose code exists is an update of that booth when <paramref name="updateByCode"/>, an error otherwise.</summary>
    public async Task<(IReadOnlyList<string> Errors, IReadOnlyList<Booth> Saved)> SaveAsync(Guid eventId, IReadOnlyList<BoothInput> inputs, bool updateByCode, CancellationToken cancellationToken, Guid? editedBoothId = null)
    {
        var outcome = await SaveOrRefuseAsync(eventId, inputs, updateByCode, cancellationToken, editedBoothId);
        return outcome.Refusal is { } refusal ? (refusal.All.Select(r => r.Message).ToList(), []) : ([], outcome.Value!);
    }

    /// <summary>
    /// <see cref="SaveAsync"/> for the API: the faults as one refusal, 404 without the event or the edited booth, 409 when
    /// someone changed a booth in between, otherwise 400 with every fault (a validation problem without a field).
    /// </summary>
    public async Task<Outcome<IReadOnlyList<Booth>>> SaveOrRefuseAsync(Guid eventId, IReadOnlyList<BoothInput> inputs, bool updateByCode, CancellationToken cancellationToken, Guid? editedBoothId = null)
    {
        var fair = await events.FindAsync(eventId, cancellationToken);
        if (fair is null) return new Refusal(l["There is no such event."], StatusCodes.Status404NotFound);
        var halls = fair.Halls.Select(h => h.Name).ToHashSet(StringComparer.Ordinal);
        var existing = await db.Set<Booth>().Where(b => b.EventId == eventId).ToListAsync(cancellationToken);
        if (editedBoothId is { } edited && existing.All(b => b.Id != edited)) return new Refusal(l["There is no such booth."], StatusCodes.Status404NotFound);
        var held = await HeldBoothIdsAsync(eventId, cancellationToken);
        var errors = new List<string>();
        var stale = false;
        var saved = new List<Booth>();

        foreach (var duplicate in inputs.GroupBy(i => i.Code.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add(l["The booth code {0} is used twice.", duplicate.Key]);
        }
        foreach (var input in inputs)
        {
            var code = input.Code.Trim();
            if (!halls.Contains(input.Hall.Trim()))
            {
                errors.Add(l["{0}: the event has no hall named {1}.", code, input.Hall]);
                continue;
            }
            var target = editedBoothId is { } id ? existing.SingleOrDefault(b => b.Id == id) : null;
            var sameCode = existing.SingleOrDefault(b => string.Equals(b.Code, code, StringComparison.OrdinalIgnoreCase));
            if (sameCode is not null && target is not null && sameCode.Id != target.Id || sameCode is not null && target is null && !updateByCode)
            {
                errors.Add(l["The booth code {0} exists already.", code]);
                continue;
            }
            target ??= sameCode;
            if (target is not null && input.Version is { } version && version != target.Version)
            {
                if (input.Describes(target))
                {
                    saved.Add(target); // the booth is as asked already: the same change sent again
                    continue;
                }
                errors.Add(l["Someone else changed booth {0} after you opened it. Reload it and apply your change again.", code]);
                stale = true;
                continue;
            }
            if (target is not null && held.Contains(target.Id) && input.Restriction != BoothRestriction.None)
            {
                errors.Add(l["{0} is held by a firm: release it before you block or reserve it.", code]);
                continue;
            }
            var booth = target ?? new Booth { EventId = eventId };
            saved.Add(booth);
            input.ApplyTo(booth);
            if (target is null)
            {
                existing.Add(booth);
                db.Add(booth);
            }
        }
        foreach (var booth in saved)
        {
            var overlap = existing.FirstOrDefault(other => other.Id != booth.Id && other.Rect.Overlaps(booth.Rect));
            if (overlap is not null)
            {
                errors.Add(l["{0} overlaps {1}.", booth.Code, overlap.Code]);
            }
        }
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            var status = stale ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return Refusal.Of(errors.Distinct().Select(e => new Refusal(e, status, Field: string.Empty)).ToList())!;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return new Refusal(l["Someone else changed these booths at the same time. Reload and try again."], StatusCodes.Status409Conflict);
        }
        return new Outcome<IReadOnlyList<Booth>>(saved, null);
    }

    /// <summary>Deletes a booth that no firm holds (null), or refuses: 404 without the booth, 409 while a firm holds it.</summary>
    public async Task<Refusal?> DeleteAsync(Guid eventId, Guid boothId, CancellationToken cancellationToken)
    {
        var booth = await db.Set<Booth>().SingleOrDefaultAsync(b => b.Id == boothId && b.EventId == eventId, cancellationToken);
        if (booth is null) return new Refusal(l["There is no such booth."], StatusCodes.Status404NotFound);
        var assignment = await db.Set<BoothAssignment>().SingleOrDefaultAsync(a => a.BoothId == boothId, cancellationToken);
        if (assignment is not null && !assignment.IsExpired(clock.GetUtcNow())) return new Refusal(l["{0} is held by a firm: release it before you delete it.", booth.Code], StatusCodes.Status409Conflict);
        if (assignment is not null) db.Remove(assignment);
        db.Remove(booth);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Deleted (or changed) by someone else at the same moment: what remains is what a second delete would see.
            db.ChangeTracker.Clear();
            return await db.Set<Booth>().AnyAsync(b => b.Id == boothId, cancellationToken)
                ? new Refusal(l["Someone else changed these booths at the same time. Reload and try again."], StatusCodes.Status409Conflict)
                : new Refusal(l["There is no such booth."], StatusCodes.Status404NotFound);
        }
        catch (DbUpdateException)
        {
            // A firm was given the booth at the same moment (the assignment's foreign key keeps the booth).
            db.ChangeTracker.Clear();
            return new Refusal(l["{0} is held by a firm: release it before you delete it.", booth.Code], StatusCodes.Status409Conflict);
        }
        return null;
    }

    private async Task<HashSet<Guid>> HeldBoothIdsAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var assignments = await db.Set<BoothAssignment>().AsNoTracking().Where(a => a.EventId == eventId).ToListAsync(cancellationToken);
        return assignments.Where(a => !a.IsExpired(now)).Select(a => a.BoothId).ToHashSet();
    }
}
