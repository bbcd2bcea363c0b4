using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.Web.Matchmaking.Needs;

/// <summary>A prime publishes, edits and withdraws its own needs; the same rules for the pages and the API, and a refusal saves nothing.</summary>
public sealed class NeedEditor(AppDbContext db, IEventClosure closure, ICapabilityTaxonomy taxonomy, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<PrimeNeed>> AddAsync(Guid eventId, FirmCard? prime, NeedInput input, CancellationToken cancellationToken)
    {
        if ((await closure.RefusalIfOverAsync(eventId, cancellationToken) ?? await RefuseAsync(prime, input, cancellationToken)) is { } refusal)
        {
            return refusal;
        }
        var need = new PrimeNeed { EventId = eventId, PrimeId = prime!.ParticipationId, CreatedAt = clock.GetUtcNow() };
        Apply(input, need);
        db.Add(need);
        await db.SaveChangesAsync(cancellationToken);
        return need;
    }

    public async Task<Outcome<PrimeNeed>> UpdateAsync(Guid eventId, FirmCard? prime, Guid needId, NeedInput input, CancellationToken cancellationToken)
    {
        var (need, refusal) = await OwnAsync(eventId, prime, needId, cancellationToken);
        refusal ??= await closure.RefusalIfOverAsync(eventId, cancellationToken);
        if ((refusal ?? await RefuseAsync(prime, input, cancellationToken)) is { } refused)
        {
            return refused;
        }
        Apply(input, need!);
        await db.SaveChangesAsync(cancellationToken);
        return need!;
    }

    public async Task<Outcome<PrimeNeed>> DeleteAsync(Guid eventId, FirmCard? prime, Guid needId, CancellationToken cancellationToken)
    {
        var (need, refusal) = await OwnAsync(eventId, prime, needId, cancellationToken);
        refusal ??= await closure.RefusalIfOverAsync(eventId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        db.Remove(need!);
        await db.SaveChangesAsync(cancellationToken);
        return need!;
    }

    /// <summary>The need, tracked, if it belongs to the signed-in prime: 404 when there is none, 403 when it is another prime's.</summary>
    public async Task<(PrimeNeed? Need, Refusal? Refusal)> OwnAsync(Guid eventId, FirmCard? prime, Guid needId, CancellationToken cancellationToken)
    {
        var need = await db.Set<PrimeNeed>().SingleOrDefaultAsync(n => n.Id == needId && n.EventId == eventId, cancellationToken);
        if (need is null)
        {
            return (null, new Refusal(l["There is no such need."], StatusCodes.Status404NotFound));
        }
        if (prime is null || need.PrimeId != prime.ParticipationId)
        {
            return (null, new Refusal(l["Only the prime that published this need can change it."], StatusCodes.Status403Forbidden));
        }
        return (need, null);
    }

    private async Task<Refusal?> RefuseAsync(FirmCard? prime, NeedInput input, CancellationToken cancellationToken)
    {
        if (prime is not { IsPrime: true, Status: ParticipationStatus.Approved })
        {
            return new Refusal(l["Your firm is not an approved participant of this event."], StatusCodes.Status403Forbidden);
        }
        var known = (await taxonomy.AllAsync(cancellationToken)).Select(c => c.Code).ToList();
        if (input.Capabilities.FirstOrDefault(c => !known.Contains(c)) is { } unknown)
        {
            return new Refusal(l["{0} is not a capability of the taxonomy.", unknown]);
        }
        if (input.Qualifications.FirstOrDefault(q => !RequiredQualification.IsKnown(q)) is { } unknownQualification)
        {
            return new Refusal(l["{0} is not a known qualification.", unknownQualification]);
        }
        return null;
    }

    private static void Apply(NeedInput input, PrimeNeed need)
    {
        need.TitleTr = input.TitleTr.Trim();
        need.TitleEn = input.TitleEn?.Trim() ?? "";
        need.DescriptionTr = input.DescriptionTr?.Trim() ?? "";
        need.DescriptionEn = input.DescriptionEn?.Trim() ?? "";
        need.Capabilities = input.Capabilities.Distinct(StringComparer.Ordinal).ToList();
        need.Qualifications = input.Qualifications.Distinct(StringComparer.Ordinal).ToList();
    }
}
