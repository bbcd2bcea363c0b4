using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.CheckIn.Contracts;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Messaging;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.CheckIn.Redeem;

/// <summary>The door staff member who scans.</summary>
public sealed record Scanner(Guid UserId, string Name);

/// <summary>
/// Decides a scan and logs it. Anything may arrive (a forged code, a scanner's garbage, a retried upload): the
/// answer is always one of <see cref="ScanResult"/>. A badge's presence row is locked while its scan is decided
/// (SQLite: the database's write lock; PostgreSQL: <c>FOR UPDATE</c> on the row), so gates scanning the same
/// badge at the same instant admit it once; the unique (event, nonce) index makes a re-upload count once.
/// </summary>
public sealed class Redeemer(
    AppDbContext db, IDoorBadges badges, DoorLookups lookups, ScanAnswers answers, IOptions<DoorOptions> options,
    TimeProvider clock, IStringLocalizer<SharedResource> l, IModuleEvents moduleEvents)
{
    public async Task<Outcome<ScanAnswer>> RedeemAsync(Guid eventId, RedeemRequest request, Scanner scanner, CancellationToken cancellationToken)
    {
        var days = await lookups.EventAsync(eventId, cancellationToken);
        if (days is null)
        {
            return new Refusal(l["There is no such event."], StatusCodes.Status404NotFound);
        }
        var gateId = request.Gate ?? Guid.Empty;
        if (!await lookups.GateExistsAsync(eventId, gateId, cancellationToken))
        {
            return new Refusal(l["There is no such gate at this event."]);
        }
        // A nonce seen before is found by the unique index when the scan is saved (below), not by a query per scan.
        var nonce = request.Nonce!.Trim();

        var scan = new DoorScan
        {
            EventId = eventId,
            Nonce = nonce,
            GateId = gateId,
            Direction = request.Direction,
            ReceivedAt = clock.GetUtcNow(),
            StaffUserId = scanner.UserId,
            StaffName = scanner.Name,
            Offline = request.OfflineResult is not null,
        };
        scan.ScannedAt = ScanTime(request.ScannedAt, scan.ReceivedAt);
        var badgeId = badges.VerifyToken(request.Token);
        var badge = badgeId is { } id ? await badges.FindAsync(id, cancellationToken) : null;
        scan.BadgeId = badge?.Id;
        scan.BadgeType = badge?.EventId == eventId ? badge.Type : null;
        scan.Result = badge is null ? ScanResult.NotABadge
            : badge.EventId != eventId ? ScanResult.OtherEvent
            : badge.IsRevoked ? ScanResult.Revoked
            : !DoorHours.AreOpen(days, options.Value, scan.ScannedAt) ? ScanResult.OutsideHours
            : request.Direction == ScanDirection.Entry ? ScanResult.Admitted : ScanResult.Exited;
        if (badge is null)
        {
            scan.Sample = Sample(request.Token);
        }

        try
        {
            return scan.Result is ScanResult.Admitted or ScanResult.Exited
                ? await PassAsync(scan, badge!, request.OfflineResult, days, cancellationToken)
                : await LogAsync(scan, badge, days, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same nonce arrived at the same instant: answer as that scan. Any other failure is not swallowed.
            db.ChangeTracker.Clear();
            if (await ReplayAsync(eventId, nonce, days, cancellationToken) is { } clash)
            {
                return clash;
            }
            throw;
        }
    }

    /// <summary>A refused scan: logged, nothing else changes.</summary>
    private async Task<ScanAnswer> LogAsync(DoorScan scan, DoorBadge? badge, EventDays days, CancellationToken cancellationToken)
    {
        db.Add(scan);
        await db.SaveChangesAsync(cancellationToken);
        return answers.Compose(scan, badge, null, null, days, replayed: false);
    }

    /// <summary>An entry or exit of a valid badge: decided against the locked presence row, then logged, in one transaction.</summary>
    private async Task<ScanAnswer> PassAsync(DoorScan scan, DoorBadge badge, ScanResult? offlineResult, EventDays days, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var presence = await LockPresenceAsync(badge, cancellationToken);
        string? insideGate = null;
        if (scan.Direction == ScanDirection.Entry)
        {
            if (presence.Inside)
            {
                scan.Result = ScanResult.AlreadyInside;
                scan.Conflict = offlineResult == ScanResult.Admitted;
                insideGate = await GateNameAsync(presence.LastEntryGateId, cancellationToken);
            }
            else
            {
                presence.Inside = true;
                presence.Entries++;
                presence.FirstAdmittedAt ??= scan.ScannedAt;
                presence.LastEntryAt = scan.ScannedAt;
                presence.LastEntryGateId = scan.GateId;
                presence.LastEntryStaffName = scan.StaffName;
                await moduleEvents.PublishAsync(new CheckedIn(scan.EventId, badge.Id, badge.Type, scan.GateId, scan.ScannedAt), cancellationToken);
            }
        }
        else
        {
            // Leaving is always let through: a holder who slipped in unscanned must still be able to go.
            presence.Inside = false;
            presence.LastExitAt = scan.ScannedAt;
        }
        db.Add(scan);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return answers.Compose(scan, badge, presence, insideGate, days, replayed: false);
    }

    private async Task<Presence> LockPresenceAsync(DoorBadge badge, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var entity = db.Model.FindEntityType(typeof(Presence))!;
            var table = $"\"{entity.GetSchema()}\".\"{entity.GetTableName()}\"";
#pragma warning disable EF1002 // the table name comes from the model, never from input; the values are parameters
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO {table} (\"BadgeId\", \"EventId\", \"BadgeType\", \"Inside\", \"Entries\") VALUES ({{0}}, {{1}}, {{2}}, FALSE, 0) ON CONFLICT DO NOTHING",
                [badge.Id, badge.EventId, badge.Type], cancellationToken);
#pragma warning restore EF1002
            await db.LockRowAsync<Presence>(badge.Id, cancellationToken);
            return await db.Set<Presence>().SingleAsync(p => p.BadgeId == badge.Id, cancellationToken);
        }
        // SQLite: BEGIN IMMEDIATE already holds the database's write lock, so nobody inserts between this read and the write.
        var existing = await db.Set<Presence>().SingleOrDefaultAsync(p => p.BadgeId == badge.Id, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }
        var created = new Presence { BadgeId = badge.Id, EventId = badge.EventId, BadgeType = badge.Type };
        db.Add(created);
        return created;
    }

    private async Task<ScanAnswer?> ReplayAsync(Guid eventId, string nonce, EventDays days, CancellationToken cancellationToken)
    {
        var earlier = await db.Set<DoorScan>().AsNoTracking().SingleOrDefaultAsync(s => s.EventId == eventId && s.Nonce == nonce, cancellationToken);
        if (earlier is null)
        {
            return null;
        }
        var badge = earlier.BadgeId is { } id ? await badges.FindAsync(id, cancellationToken) : null;
        var presence = earlier.Result == ScanResult.AlreadyInside && earlier.BadgeId is { } badgeId
            ? await db.Set<Presence>().AsNoTracking().SingleOrDefaultAsync(p => p.BadgeId == badgeId, cancellationToken)
            : null;
        var gate = await GateNameAsync(presence?.LastEntryGateId, cancellationToken);
        return answers.Compose(earlier, badge, presence, gate, days, replayed: true);
    }

    private async Task<string?> GateNameAsync(Guid? gateId, CancellationToken cancellationToken) =>
        gateId is { } id ? await lookups.GateNameAsync(id, cancellationToken) : null;

    private DateTimeOffset ScanTime(DateTimeOffset? reported, DateTimeOffset now)
    {
        var settings = options.Value;
        return reported is { } at && at <= now.AddSeconds(settings.MaxClockSkewSeconds) && at >= now.AddHours(-settings.MaxOfflineAgeHours)
            ? at.ToUniversalTime()
            : now;
    }

    private static string? Sample(string? text)
    {
        var trimmed = new string((text ?? "").Where(c => !char.IsControl(c)).Take(DoorScan.SampleMaxLength).ToArray());
        return trimmed.Length == 0 ? null : trimmed;
    }
}
