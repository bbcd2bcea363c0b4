using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.CheckIn.Kiosk;

/// <summary>The kiosk account that prints: its id and its name for the log.</summary>
public sealed record KioskUser(Guid UserId, string Name)
{
    public static KioskUser Of(ClaimsPrincipal user) => new(SignedInUser.IdOf(user) ?? Guid.Empty, user.Identity?.Name ?? "");
}

/// <summary>What a visitor gives the kiosk: a scanned QR code (the confirmation e-mail's or the badge's), or the e-mail address and the code.</summary>
public sealed record KioskLookup(string? Qr, string? Email, string? Code);

/// <summary>
/// The self-service kiosk: finds the visitor's badge from what they show or type, prints it within the event's
/// reprint limit and logs each print; registers walk-ins and prints their badge at once.
/// </summary>
public sealed class KioskDesk(
    AppDbContext db, IKioskVisitors visitors, IKioskBadges badges, IDoorBadges doorBadges, IEventDays events, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<KioskSettings> SettingsAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Set<KioskSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.EventId == eventId, cancellationToken)
        ?? new KioskSettings { EventId = eventId };

    public async Task<Outcome<KioskSettings>> SaveSettingsAsync(Guid eventId, BadgePaper paper, int reprintLimit, CancellationToken cancellationToken)
    {
        if (await events.FindAsync(eventId, cancellationToken) is null)
        {
            return NoEvent();
        }
        if (!Enum.IsDefined(paper) || reprintLimit is < 0 or > 20)
        {
            return Refusal.AtField(nameof(KioskSettingsInput.ReprintLimit), l["Reprints must be between 0 and 20."]);
        }
        var settings = await db.Set<KioskSettings>().SingleOrDefaultAsync(s => s.EventId == eventId, cancellationToken);
        if (settings is null)
        {
            settings = new KioskSettings { EventId = eventId };
            db.Add(settings);
        }
        settings.Paper = paper;
        settings.ReprintLimit = reprintLimit;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two organizers saved the first settings at once: the other one's row stands, saved again with these values.
            db.ChangeTracker.Clear();
            return await SaveSettingsAsync(eventId, paper, reprintLimit, cancellationToken);
        }
        return settings;
    }

    /// <summary>Finds the badge and prints it: a 404 refusal when nothing matches, 409 past the reprint limit.</summary>
    public async Task<Outcome<KioskPrint>> PrintAsync(Guid eventId, KioskLookup lookup, string? nonce, KioskUser kiosk, CancellationToken cancellationToken)
    {
        if (await events.FindAsync(eventId, cancellationToken) is null)
        {
            return NoEvent();
        }
        if (await ReplayAsync(eventId, nonce, cancellationToken) is { } earlier)
        {
            return earlier;
        }
        var (badge, source) = await FindAsync(eventId, lookup, cancellationToken);
        if (badge is null)
        {
            return string.IsNullOrWhiteSpace(lookup.Qr)
                ? new Refusal(l["No registration matches this e-mail address and code. Check the code in your confirmation e-mail, or ask at the desk."], StatusCodes.Status404NotFound)
                : new Refusal(l["This code is not a registration for this event. Show the QR code of your confirmation e-mail, or ask at the desk."], StatusCodes.Status404NotFound);
        }
        return await RecordAsync(eventId, badge, source, nonce, kiosk, cancellationToken);
    }

    /// <summary>Registers a walk-in visitor (confirmed on the spot, which issues the badge) and prints the badge.</summary>
    public async Task<Outcome<KioskPrint>> WalkInAsync(Guid eventId, WalkIn walkIn, string? nonce, string? ip, KioskUser kiosk, CancellationToken cancellationToken)
    {
        if (await ReplayAsync(eventId, nonce, cancellationToken) is { } earlier)
        {
            return earlier;
        }
        var registered = await visitors.RegisterWalkInAsync(eventId, walkIn, ip, cancellationToken);
        if (registered.Refusal is { } refusal)
        {
            return refusal;
        }
        if (await badges.OfHolderAsync(eventId, registered.Value!.VisitorId, cancellationToken) is not { } badge)
        {
            return new Refusal(l["Your registration is saved, but the badge is not ready. Please ask at the desk."], StatusCodes.Status409Conflict);
        }
        return await RecordAsync(eventId, badge, KioskPrintSource.WalkIn, nonce, kiosk, cancellationToken);
    }

    public async Task<KioskPrint?> FindPrintAsync(Guid eventId, Guid printId, CancellationToken cancellationToken) =>
        await db.Set<KioskPrint>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == printId && p.EventId == eventId, cancellationToken);

    /// <summary>The printed badge's PDF on the event's paper; null when the print is unknown or the badge was revoked since.</summary>
    public async Task<byte[]?> PdfAsync(Guid eventId, Guid printId, string language, CancellationToken cancellationToken)
    {
        if (await FindPrintAsync(eventId, printId, cancellationToken) is not { } print)
        {
            return null;
        }
        var settings = await SettingsAsync(eventId, cancellationToken);
        return await badges.PdfAsync(print.BadgeId, language, settings.Paper, cancellationToken);
    }

    /// <summary>How many more times the printed badge may be printed at a kiosk.</summary>
    public async Task<int> PrintsLeftAsync(KioskPrint print, CancellationToken cancellationToken) =>
        Math.Max(0, 1 + (await SettingsAsync(print.EventId, cancellationToken)).ReprintLimit - print.Sequence);

    /// <summary>The newest prints of the event, for the organizers' log.</summary>
    public async Task<IReadOnlyList<KioskPrint>> LogAsync(Guid eventId, int limit, CancellationToken cancellationToken)
    {
        var prints = await db.Set<KioskPrint>().AsNoTracking().Where(p => p.EventId == eventId).ToListAsync(cancellationToken);
        // Sorted here: SQLite cannot order by a DateTimeOffset column.
        return prints.OrderByDescending(p => p.PrintedAt).Take(limit).ToList();
    }

    private async Task<(HolderBadge? Badge, KioskPrintSource Source)> FindAsync(Guid eventId, KioskLookup lookup, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(lookup.Qr))
        {
            // The badge's own QR code (a reprint of a badge already in hand or on the phone), else the e-mail's code.
            if (doorBadges.VerifyToken(lookup.Qr) is { } badgeId)
            {
                var found = await badges.FindValidAsync(badgeId, cancellationToken);
                return (found?.EventId == eventId ? found : null, KioskPrintSource.Badge);
            }
            var byQr = await visitors.RedeemCodeAsync(eventId, null, lookup.Qr, cancellationToken);
            return (byQr is null ? null : await badges.OfHolderAsync(eventId, byQr.VisitorId, cancellationToken), KioskPrintSource.QrCode);
        }
        if (string.IsNullOrWhiteSpace(lookup.Email) || string.IsNullOrWhiteSpace(lookup.Code))
        {
            return (null, KioskPrintSource.EmailCode);
        }
        var visitor = await visitors.RedeemCodeAsync(eventId, lookup.Email, lookup.Code, cancellationToken);
        return (visitor is null ? null : await badges.OfHolderAsync(eventId, visitor.VisitorId, cancellationToken), KioskPrintSource.EmailCode);
    }

    private async Task<Outcome<KioskPrint>> RecordAsync(Guid eventId, HolderBadge badge, KioskPrintSource source, string? nonce, KioskUser kiosk, CancellationToken cancellationToken)
    {
        var settings = await SettingsAsync(eventId, cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var printed = await db.Set<KioskPrint>().CountAsync(p => p.BadgeId == badge.Id, cancellationToken);
            if (printed >= 1 + settings.ReprintLimit)
            {
                return new Refusal(
                    l["This badge has already been printed {0} times, the most a kiosk may. Please go to the registration desk.", printed],
                    StatusCodes.Status409Conflict, Title: l["Please go to the registration desk."]);
            }
            var print = new KioskPrint
            {
                EventId = eventId,
                BadgeId = badge.Id,
                Sequence = printed + 1,
                Nonce = ValidNonce(nonce),
                Source = source,
                PersonName = badge.PersonName,
                PrintedAt = clock.GetUtcNow(),
                KioskUserId = kiosk.UserId,
                KioskName = kiosk.Name,
            };
            db.Add(print);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return print;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // The same form twice (the nonce), or another kiosk took this sequence number: decide again.
                db.ChangeTracker.Clear();
                if (await ReplayAsync(eventId, nonce, cancellationToken) is { } earlier)
                {
                    return earlier;
                }
            }
        }
    }

    private async Task<KioskPrint?> ReplayAsync(Guid eventId, string? nonce, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(nonce) || nonce.Length > KioskPrint.NonceMaxLength)
        {
            return null;
        }
        var trimmed = nonce.Trim();
        return await db.Set<KioskPrint>().AsNoTracking().SingleOrDefaultAsync(p => p.EventId == eventId && p.Nonce == trimmed, cancellationToken);
    }

    private static string ValidNonce(string? nonce) =>
        string.IsNullOrWhiteSpace(nonce) || nonce.Trim().Length > KioskPrint.NonceMaxLength ? Guid.NewGuid().ToString("N") : nonce.Trim();

    private Refusal NoEvent() => new(l["There is no such event."], StatusCodes.Status404NotFound);
}
