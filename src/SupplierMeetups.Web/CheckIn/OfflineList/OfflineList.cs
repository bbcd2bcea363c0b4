using System.Buffers.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.CheckIn.Redeem;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.CheckIn.OfflineList;

/// <summary>
/// What a scanner needs to decide alone while the network is down, and nothing more: no signing key (a device
/// recognises a badge by the id at the start of its token), names cut short. Ids are the badge id's 16 bytes as
/// base64url, exactly the first 22 characters' worth of a token's first 16 bytes.
/// </summary>
/// <param name="Badges">Valid badges: [id, index into <paramref name="Types"/>, name cut to <see cref="OfflineLists.NameLength"/>].</param>
/// <param name="Revoked">Ids of revoked or erased badges.</param>
/// <param name="Inside">Ids of holders inside at <paramref name="GeneratedAt"/>.</param>
public sealed record OfflineListResponse(
    Guid EventId, DateTimeOffset GeneratedAt, string TimeZone, DateOnly StartDate, DateOnly EndDate, string DoorsOpen, string DoorsClose,
    IReadOnlyList<string> Types, IReadOnlyList<string> TypeLabels, IReadOnlyList<object[]> Badges, IReadOnlyList<string> Revoked, IReadOnlyList<string> Inside);

public sealed class OfflineLists(AppDbContext db, IDoorBadges badges, IEventDays events, IOptions<DoorOptions> options, TimeProvider clock)
{
    public const int NameLength = 24;

    public async Task<OfflineListResponse?> OfAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var days = await events.FindAsync(eventId, cancellationToken);
        if (days is null)
        {
            return null;
        }
        var all = await badges.ListAsync(eventId, cancellationToken);
        var types = all.Select(b => b.Type).Distinct().Order(StringComparer.Ordinal).ToList();
        var labels = types.Select(t => DoorBadgeTypes.Label(t, LanguageOf.Current)).ToList();
        var inside = await db.Set<Presence>().AsNoTracking().Where(p => p.EventId == eventId && p.Inside).Select(p => p.BadgeId).ToListAsync(cancellationToken);
        var settings = options.Value;
        return new OfflineListResponse(eventId, clock.GetUtcNow(), days.TimeZoneId, days.StartDate, days.EndDate,
            settings.DoorsOpen.ToString("HH:mm:ss.fffffff"), settings.DoorsClose.ToString("HH:mm:ss.fffffff"), types, labels,
            all.Where(b => !b.IsRevoked).Select(b => new object[] { IdOf(b.Id), types.IndexOf(b.Type), Shorten(b.PersonName) }).ToList(),
            all.Where(b => b.IsRevoked).Select(b => IdOf(b.Id)).ToList(),
            inside.Select(IdOf).ToList());
    }

    public static string IdOf(Guid badgeId)
    {
        Span<byte> bytes = stackalloc byte[16];
        badgeId.TryWriteBytes(bytes);
        return Base64Url.EncodeToString(bytes);
    }

    private static string Shorten(string name) => name.Length <= NameLength ? name : name[..(NameLength - 1)] + "…";
}
