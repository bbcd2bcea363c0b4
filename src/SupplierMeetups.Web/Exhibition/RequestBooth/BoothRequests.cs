using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Exhibition.RequestBooth;

/// <summary>What an exhibitor asks for; the same for the page and the API.</summary>
public sealed class BoothRequestInput
{
    /// <summary>The floor area wanted, in m² (1 to 2000).</summary>
    [Range(1d, 2000d, ErrorMessage = ValidationMessages.Range), Display(Name = "Area (m²)")]
    public decimal Area { get; set; } = 9;

    /// <summary>The booth type wanted; null: any type will do.</summary>
    [Display(Name = "Type")]
    public BoothType? Type { get; set; }

    /// <summary>The name of one of the event's halls; null: any hall.</summary>
    [StringLength(100, ErrorMessage = ValidationMessages.MaxLength), Display(Name = "Preferred hall")]
    public string? PreferredHall { get; set; }

    // Both lists are optional: left out or sent as null (as clients generated from the document send an unset
    // property), they are empty rather than refused as missing.

    /// <summary>Firm ids of other approved exhibitors to be near (others are ignored).</summary>
    [Display(Name = "Firms to be near")]
    public List<Guid> Near { get; set => field = value ?? []; } = [];

    /// <summary>Firm ids of competitors never to stand side by side with (others, and firms also in <c>near</c>, are ignored).</summary>
    [Display(Name = "Competitors to keep apart from")]
    public List<Guid> Competitors { get; set => field = value ?? []; } = [];
}

/// <summary>A firm's booth request and the booths it holds at the event.</summary>
/// <param name="Booths">The booths assigned (or held) for the firm, with their status: Held until an organizer confirms, then Assigned.</param>
public sealed record BoothRequestResponse(
    Guid EventId, Guid FirmId, decimal AreaSquareMetres, BoothType? Type, string? PreferredHall, IReadOnlyList<Guid> Near,
    IReadOnlyList<Guid> Competitors, DateTimeOffset UpdatedAt, IReadOnlyList<AssignedBooth> Booths);

/// <summary>The signed-in contact of an approved exhibitor, with the other exhibitors and the firm's booths.</summary>
public sealed record Exhibitor(EventInfo Event, FirmName Firm, IReadOnlyList<FirmName> Others, IReadOnlyList<BoothView> Booths);

/// <summary>
/// The exhibitor's booth request: read, made or replaced, withdrawn. Only the contact of an approved exhibitor of the
/// event may; the page and <c>/api/v1/events/{id}/booth-request</c> both go through here.
/// </summary>
public sealed class BoothRequests(IEventQueries events, IEventClosure closure, BoothQuery query, IParticipantFirms firms, AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>Null when there is no such event; an exhibitor with a null firm when the user is not an approved exhibitor's contact.</summary>
    public async Task<(EventInfo? Event, Exhibitor? Exhibitor)> FindAsync(Guid eventId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var e = await events.FindAsync(eventId, cancellationToken);
        if (e is null)
        {
            return (null, null);
        }
        var userId = SignedInUser.IdOf(user) ?? Guid.Empty;
        var firmId = (await firms.OfEventAsync(eventId, null, cancellationToken))
            .Where(p => p.ContactUserId == userId && p.Type == ParticipationType.Exhibitor && p.Status == ParticipationStatus.Approved)
            .Select(p => (Guid?)p.FirmId).FirstOrDefault();
        if (firmId is null)
        {
            return (e, null);
        }
        var exhibitors = await query.ApprovedExhibitorsAsync(eventId, cancellationToken);
        var booths = (await query.ForEventAsync(eventId, cancellationToken)).Where(v => v.FirmId == firmId).ToList();
        return (e, new Exhibitor(e, exhibitors.Single(f => f.Id == firmId), exhibitors.Where(f => f.Id != firmId).ToList(), booths));
    }

    public Task<BoothRequest?> CurrentAsync(Exhibitor exhibitor, CancellationToken cancellationToken) =>
        db.Set<BoothRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.EventId == exhibitor.Event.Id && r.FirmId == exhibitor.Firm.Id, cancellationToken);

    public Refusal NotAnExhibitor() =>
        new(l["Only the contact person of an approved exhibitor can ask for a booth."], StatusCodes.Status403Forbidden);

    /// <summary>Makes or replaces the firm's one request; firms that are not approved exhibitors are left out of near and competitors.</summary>
    public async Task<Outcome<BoothRequest>> SaveAsync(Exhibitor exhibitor, BoothRequestInput input, CancellationToken cancellationToken)
    {
        if (await closure.RefusalIfOverAsync(exhibitor.Event.Id, cancellationToken) is { } over)
        {
            return over;
        }
        if (input.PreferredHall is { Length: > 0 } hall && exhibitor.Event.Halls.All(h => h.Name != hall))
        {
            return Refusal.AtField(nameof(BoothRequestInput.PreferredHall), l["There is no hall named {0} at this event.", hall]);
        }
        try
        {
            return await UpsertAsync(exhibitor, input, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same request arrived twice at once: the unique (event, firm) index kept the first insert, so this
            // one becomes an update of it.
            db.ChangeTracker.Clear();
            return await UpsertAsync(exhibitor, input, cancellationToken);
        }
    }

    private async Task<BoothRequest> UpsertAsync(Exhibitor exhibitor, BoothRequestInput input, CancellationToken cancellationToken)
    {
        var known = exhibitor.Others.Select(f => f.Id).ToHashSet();
        var request = await db.Set<BoothRequest>().SingleOrDefaultAsync(r => r.EventId == exhibitor.Event.Id && r.FirmId == exhibitor.Firm.Id, cancellationToken);
        if (request is null)
        {
            db.Add(request = new BoothRequest { EventId = exhibitor.Event.Id, FirmId = exhibitor.Firm.Id });
        }
        request.AreaSquareMetres = input.Area;
        request.Type = input.Type;
        request.PreferredHall = string.IsNullOrWhiteSpace(input.PreferredHall) ? null : input.PreferredHall;
        request.NearFirmIds = input.Near.Where(known.Contains).Distinct().ToList();
        request.CompetitorFirmIds = input.Competitors.Where(known.Contains).Except(request.NearFirmIds).Distinct().ToList();
        request.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    /// <summary>Withdraws the request; a booth already assigned stays (organizers release it). False when there was none.</summary>
    public async Task<bool> WithdrawAsync(Exhibitor exhibitor, CancellationToken cancellationToken)
    {
        var removed = await db.Set<BoothRequest>().Where(r => r.EventId == exhibitor.Event.Id && r.FirmId == exhibitor.Firm.Id).ExecuteDeleteAsync(cancellationToken);
        return removed > 0;
    }

    public static BoothRequestResponse Response(Exhibitor exhibitor, BoothRequest r) =>
        new(r.EventId, r.FirmId, r.AreaSquareMetres, r.Type, r.PreferredHall, r.NearFirmIds, r.CompetitorFirmIds, r.UpdatedAt,
            exhibitor.Booths.Where(v => v.Status is BoothStatus.Held or BoothStatus.Assigned).Select(v =>
                new AssignedBooth(v.Booth.Code, v.Booth.HallName, v.Status.ToString(), v.Booth.Width * v.Booth.Depth, v.Status == BoothStatus.Held ? v.HeldUntil : null)).ToList());
}
