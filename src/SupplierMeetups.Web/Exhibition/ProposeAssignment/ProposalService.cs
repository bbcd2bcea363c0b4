using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Exhibition.AssignBooth;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Exhibition.ProposeAssignment;

/// <summary>Creates a proposal from the event's booths and requests, lets the organizer change it, and confirms it through <see cref="BoothAssigner"/>.</summary>
/// <remarks>Refusals: 404 without the proposal, 409 (with the conflict title) when it cannot change or be confirmed.</remarks>
public sealed class ProposalService(AppDbContext db, BoothQuery query, BoothAssigner assigner, IParticipantFirms participantFirms, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public async Task<BoothProposal> CreateAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var (booths, exhibitors) = await InputAsync(eventId, cancellationToken);
        var proposal = new BoothProposal { EventId = eventId, CreatedAt = clock.GetUtcNow(), Result = BoothProposer.Propose(booths, exhibitors) };
        db.Add(proposal);
        await db.SaveChangesAsync(cancellationToken);
        return proposal;
    }

    public Task<BoothProposal?> FindAsync(Guid eventId, Guid proposalId, CancellationToken cancellationToken) =>
        db.Set<BoothProposal>().SingleOrDefaultAsync(p => p.Id == proposalId && p.EventId == eventId, cancellationToken);

    /// <summary>Puts the firm on another booth, or takes it off the proposal (<paramref name="boothId"/> null).</summary>
    public async Task<Refusal?> ChangeAsync(Guid eventId, Guid proposalId, Guid firmId, Guid? boothId, CancellationToken cancellationToken)
    {
        var proposal = await FindAsync(eventId, proposalId, cancellationToken);
        if (proposal is null) return NotFound();
        if (proposal.ConfirmedAt is not null) return Conflict(localizer["This proposal is confirmed already."]);
        var result = proposal.Result;
        var placements = result.Placements.Where(p => p.FirmId != firmId || p.IsKept).ToList();
        var unplaced = result.Unplaced.Where(u => u.FirmId != firmId).ToList();
        if (boothId is { } id)
        {
            var (booths, exhibitors) = await InputAsync(eventId, cancellationToken);
            var booth = booths.SingleOrDefault(b => b.Id == id);
            if (booth is null || !booth.Free || placements.Any(p => p.BoothId == id)) return Conflict(localizer["That booth is not free in this proposal."]);
            var rivals = exhibitors.Where(e => e.FirmId == firmId).SelectMany(e => e.Wish?.Competitors ?? [])
                .Concat(exhibitors.Where(e => e.Wish?.Competitors.Contains(firmId) == true).Select(e => e.FirmId)).ToHashSet();
            var rivalRects = placements.Where(p => rivals.Contains(p.FirmId)).Select(p => booths.Single(b => b.Id == p.BoothId).Rect)
                .Concat(booths.Where(b => b.HolderFirmId is { } h && rivals.Contains(h)).Select(b => b.Rect));
            if (rivalRects.Any(r => r.IsAdjacentTo(booth.Rect))) return Conflict(localizer["That booth is next to a competitor of the firm."]);
            placements.Add(new ProposedPlacement(firmId, id, [new ProposalReason(ReasonKind.ChosenByOrganizer)]));
        }
        else
        {
            unplaced.Add(new UnplacedExhibitor(firmId, new ProposalReason(ReasonKind.ChosenByOrganizer)));
        }
        proposal.Result = new ProposalResult(placements, unplaced);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Assigns (confirmed) every new placement of the proposal at once; the firms are told by e-mail.</summary>
    public async Task<Refusal?> ConfirmAsync(Guid eventId, Guid proposalId, CancellationToken cancellationToken)
    {
        var proposal = await FindAsync(eventId, proposalId, cancellationToken);
        if (proposal is null) return NotFound();
        if (proposal.ConfirmedAt is not null) return Conflict(localizer["This proposal is confirmed already."]);
        proposal.ConfirmedAt = clock.GetUtcNow();
        var placements = proposal.Result.Placements.Where(p => !p.IsKept).Select(p => (p.BoothId, p.FirmId)).ToList();
        var failure = await assigner.AssignAllAsync(eventId, placements, cancellationToken);
        return failure is null ? null : Conflict(failure.Message);
    }

    /// <summary>The proposal with firm names, booth codes and reasons worded in the current language.</summary>
    public async Task<ProposalResponse> DescribeAsync(BoothProposal proposal, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var result = proposal.Result;
        var firmIds = result.Placements.Select(p => p.FirmId).Concat(result.Unplaced.Select(u => u.FirmId)).Distinct().ToList();
        var names = await participantFirms.ShortNamesAsync(firmIds, cancellationToken);
        var codes = await db.Set<Booth>().AsNoTracking().Where(b => b.EventId == proposal.EventId).ToDictionaryAsync(b => b.Id, b => b.Code, cancellationToken);
        ReasonResponse Reason(ProposalReason r) => new(r.Kind.ToString(), r.Detail, ProposalTexts.Describe(r, l));
        return new ProposalResponse(
            proposal.Id, proposal.CreatedAt, proposal.ConfirmedAt,
            result.Placements.Select(p => new PlacementResponse(p.FirmId, names.GetValueOrDefault(p.FirmId, ""), p.BoothId, codes.GetValueOrDefault(p.BoothId, "?"), p.IsKept, p.Reasons.Select(Reason).ToList()))
                .OrderBy(p => p.FirmName, TurkishText.Order).ToList(),
            result.Unplaced.Select(u => new UnplacedResponse(u.FirmId, names.GetValueOrDefault(u.FirmId, ""), Reason(u.Reason))).OrderBy(u => u.FirmName, TurkishText.Order).ToList());
    }

    internal async Task<(IReadOnlyList<ProposalBooth> Booths, IReadOnlyList<ProposalExhibitor> Exhibitors)> InputAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var views = await query.ForEventAsync(eventId, cancellationToken);
        var firms = await query.ApprovedExhibitorsAsync(eventId, cancellationToken);
        var requests = await db.Set<BoothRequest>().AsNoTracking().Where(r => r.EventId == eventId).ToDictionaryAsync(r => r.FirmId, cancellationToken);
        var booths = views.Select(v => new ProposalBooth(v.Booth.Id, v.Booth.Code, v.Booth.Rect, v.Booth.Type, v.Booth.Area, v.FirmId, v.Status == BoothStatus.Available)).ToList();
        var exhibitors = firms.Select(f => new ProposalExhibitor(f.Id, f.ShortName, requests.GetValueOrDefault(f.Id) is { } r
            ? new ProposalWish(r.AreaSquareMetres, r.Type, r.PreferredHall, r.NearFirmIds, r.CompetitorFirmIds)
            : null)).ToList();
        return (booths, exhibitors);
    }

    private async Task<Refusal?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict(localizer["Someone else changed this proposal at the same time. Reload it and try again."]);
        }
    }

    private Refusal NotFound() => new(localizer["There is no such proposal."], StatusCodes.Status404NotFound);

    private Refusal Conflict(string message) => new(message, StatusCodes.Status409Conflict, Title: localizer["The data was changed by someone else."]);
}
