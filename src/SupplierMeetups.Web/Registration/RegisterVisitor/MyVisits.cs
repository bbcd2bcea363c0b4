using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Registration.Contracts;
using SupplierMeetups.Web.Registration.PersonalData;

namespace SupplierMeetups.Web.Registration.RegisterVisitor;

/// <summary>What the visitor's own page shows: the registration, the event's name, the masked identity number and the badge's download.</summary>
public sealed record MyVisitView(Visitor Visitor, string EventName, string? MaskedIdentityNumber, string? BadgeDownloadUrl);

/// <summary>
/// The visitor's own registration, reached with the signed link's token from the e-mail (no account): the page
/// <c>/visit/me</c> and its API both read, confirm and erase through here. Null: the token is not valid, or names no visitor.
/// </summary>
public sealed class MyVisits(
    AppDbContext db, IEventQueries events, VisitorLinks links, VisitorConfirmation confirmation, VisitorPersonalData personalData,
    IdentityNumberProtector identityNumbers, IPersonBadges badges)
{
    /// <summary>The registration the token opens; reading it changes nothing (mail scanners open links too).</summary>
    public async Task<MyVisitView?> ShowAsync(string? token, CancellationToken cancellationToken) =>
        links.VisitorOf(token) is { } id ? await ViewAsync(id, cancellationToken) : null;

    /// <summary>Confirms the address, which earns the badge; a second confirmation finds the first one's work and changes nothing.</summary>
    public async Task<MyVisitView?> ConfirmAsync(string? token, CancellationToken cancellationToken) =>
        links.VisitorOf(token) is { } id && await confirmation.ConfirmAsync(id, cancellationToken) ? await ViewAsync(id, cancellationToken) : null;

    /// <summary>Erases the visitor's personal data (the registration stays as a number); a second erasure changes nothing.</summary>
    public async Task<MyVisitView?> EraseAsync(string? token, CancellationToken cancellationToken) =>
        links.VisitorOf(token) is { } id && await personalData.EraseAsync(id, cancellationToken) ? await ViewAsync(id, cancellationToken) : null;

    private async Task<MyVisitView?> ViewAsync(Guid visitorId, CancellationToken cancellationToken)
    {
        if (await db.Set<Visitor>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == visitorId, cancellationToken) is not { } visitor)
        {
            return null;
        }
        var download = visitor.BadgeStatus == BadgeStatus.Ready
            && await badges.OfVisitorAsync(visitor.EventId, visitor.Id, cancellationToken) is { } badge ? badge.DownloadPath : null;
        var eventName = (await events.GetAsync(visitor.EventId, cancellationToken)).Name(LanguageOf.Current);
        var masked = identityNumbers.Unprotect(visitor.ProtectedIdentityNumber) is { } number ? NationalIdNumber.Mask(number) : null;
        return new MyVisitView(visitor, eventName, masked, download);
    }
}
