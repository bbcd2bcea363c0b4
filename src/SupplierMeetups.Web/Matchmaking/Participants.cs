using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Exhibition.Contracts;
using SupplierMeetups.Web.Identity.Contracts;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking;

/// <summary>A firm as matchmaking shows it: its participation in the event and the names to print.</summary>
public sealed record FirmCard(Guid ParticipationId, Guid FirmId, string ShortName, string LegalName, string City, string Country, ParticipationType Type, ParticipationStatus Status, string? Booth)
{
    public bool IsPrime => Type == ParticipationType.Prime;
}

/// <summary>Finds the signed-in firm and the firms it deals with; matchmaking refers to firms by participation id.</summary>
public sealed class Participants(IParticipantFirms firms, IFirmBooths firmBooths, IAccountQueries accounts)
{
    public static Guid? UserId(ClaimsPrincipal user) => SignedInUser.IdOf(user);

    /// <summary>The approved participation whose contact is the signed-in user, or null.</summary>
    public async Task<FirmCard?> ApprovedAsync(Guid eventId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await SignedInAsync(eventId, user, cancellationToken) is { Status: ParticipationStatus.Approved } me ? me : null;

    /// <summary>What firms publish for an event (needs, the supplier catalog) is for its organizers and its approved firms only.</summary>
    public async Task<bool> MayReadAsync(Guid eventId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.IsInRole(Platform.Security.Roles.Organizer) || await ApprovedAsync(eventId, user, cancellationToken) is not null;

    /// <summary>The participation (whatever its status) whose contact is the signed-in user, or null.</summary>
    public async Task<FirmCard?> SignedInAsync(Guid eventId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (UserId(user) is not { } userId)
        {
            return null;
        }
        return (await CardsAsync(eventId, await firms.OfContactAsync(eventId, userId, cancellationToken) is { } firm ? [firm] : [], cancellationToken)).FirstOrDefault();
    }

    public async Task<FirmCard?> ByFirmAsync(Guid eventId, Guid firmId, CancellationToken cancellationToken) =>
        (await CardsAsync(eventId, await firms.OfFirmAsync(eventId, firmId, cancellationToken) is { } firm ? [firm] : [], cancellationToken)).FirstOrDefault();

    public async Task<Dictionary<Guid, FirmCard>> AllAsync(Guid eventId, CancellationToken cancellationToken) =>
        (await CardsAsync(eventId, await firms.OfEventAsync(eventId, null, cancellationToken), cancellationToken)).ToDictionary(c => c.ParticipationId);

    public async Task<Dictionary<Guid, FirmCard>> ManyAsync(Guid eventId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        (await CardsAsync(eventId, await firms.OfEventAsync(eventId, ids, cancellationToken), cancellationToken)).ToDictionary(c => c.ParticipationId);

    /// <summary>The contact's e-mail, name and language, for the e-mails a firm is owed.</summary>
    public async Task<Dictionary<Guid, (string Email, string Name, string Language)>> ContactsAsync(IReadOnlyCollection<Guid> participationIds, CancellationToken cancellationToken)
    {
        var rows = await firms.ContactUserIdsAsync(participationIds, cancellationToken);
        var contacts = await accounts.FindManyAsync(rows.Values.Distinct(), cancellationToken);
        return rows.Where(r => contacts.TryGetValue(r.Value, out var c) && c.Email.Length > 0)
            .ToDictionary(r => r.Key, r => (contacts[r.Value].Email, contacts[r.Value].FullName, contacts[r.Value].PreferredLanguage));
    }

    /// <summary>The cards with the booth each firm exhibits at, for agendas and the catalog.</summary>
    private async Task<List<FirmCard>> CardsAsync(Guid eventId, IReadOnlyList<ParticipantFirm> participants, CancellationToken cancellationToken)
    {
        if (participants.Count == 0)
        {
            return [];
        }
        var booths = await firmBooths.ConfirmedOfFirmsAsync(eventId, participants.Select(c => c.FirmId).ToList(), cancellationToken);
        return participants.Select(p => new FirmCard(p.ParticipationId, p.FirmId, p.ShortName, p.LegalName, p.City, p.Country, p.Type, p.Status, booths.GetValueOrDefault(p.FirmId))).ToList();
    }
}
