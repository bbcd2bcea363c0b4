using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration.Contracts;

/// <summary>How a firm takes part in one event ("Prime", "Exhibitor", "Supplier"; "Pending", "Approved", "Rejected"), with what its "my event" checklist needs.</summary>
public sealed record FirmEventStatus(
    Guid EventId,
    Guid ParticipationId,
    Guid FirmId,
    string FirmShortName,
    string Type,
    string Status,
    string? RejectionReason,
    bool ProfileComplete,
    bool HasQualifications,
    int People)
{
    public bool IsPrime => Type == nameof(ParticipationType.Prime);
    public bool IsExhibitor => Type == nameof(ParticipationType.Exhibitor);
    public bool IsApproved => Status == nameof(ParticipationStatus.Approved);
}

public interface IFirmChecklist
{
    /// <summary>The participations whose contact is the signed-in user, in every event.</summary>
    Task<IReadOnlyList<FirmEventStatus>> OfSignedInAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}

internal sealed class FirmChecklist(AppDbContext db) : IFirmChecklist
{
    public async Task<IReadOnlyList<FirmEventStatus>> OfSignedInAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (SignedInUser.IdOf(user) is not { } userId)
        {
            return [];
        }
        var rows = await (
            from p in db.Set<Participation>().AsNoTracking()
            where p.ContactUserId == userId
            join f in db.Set<Firm>().AsNoTracking() on p.FirmId equals f.Id
            select new { Participation = p, Firm = f }).ToListAsync(cancellationToken);
        var participationIds = rows.Select(r => r.Participation.Id).ToList();
        var people = await db.Set<FirmPerson>().AsNoTracking().Where(x => participationIds.Contains(x.ParticipationId))
            .GroupBy(x => x.ParticipationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return rows.Select(r => new FirmEventStatus(
            r.Participation.EventId, r.Participation.Id, r.Firm.Id, r.Firm.ShortName, r.Participation.Type.ToString(), r.Participation.Status.ToString(),
            r.Participation.RejectionReason,
            ProfileComplete: r.Firm.Address.Length > 0 && r.Firm.City.Length > 0 && (r.Participation.Type == ParticipationType.Prime || r.Firm.Capabilities.Count > 0),
            HasQualifications: HasAny(r.Firm.Qualifications),
            People: people.GetValueOrDefault(r.Participation.Id))).ToList();
    }

    private static bool HasAny(Qualifications q) =>
        q.MsbApproved || q.YetenRegistered || q.EydepAssessed || q.NcageCode is not null || q.FacilityClearanceLevel is not null || q.Certificates.Count > 0;
}

public static class FirmChecklistRegistration
{
    public static IServiceCollection AddFirmChecklist(this IServiceCollection services) => services.AddScoped<IFirmChecklist, FirmChecklist>();
}
