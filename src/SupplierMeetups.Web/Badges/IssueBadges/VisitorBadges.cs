using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.Platform.Messaging;

namespace SupplierMeetups.Web.Badges.IssueBadges;

/// <summary>A visitor's confirmed address earns their badge, e-mailed in the same save as the confirmation.</summary>
internal sealed class VisitorBadges(BadgeIssuer issuer) : IModuleEventHandler<VisitorConfirmed>
{
    public async Task HandleAsync(VisitorConfirmed confirmed, CancellationToken cancellationToken)
    {
        var holder = new BadgeHolder(BadgeHolderKinds.Visitor, confirmed.VisitorId, confirmed.FullName, confirmed.Organization, null, confirmed.Email, confirmed.Language);
        await issuer.IssueAsync(confirmed.EventId, BadgeType.Visitor, holder, booth: null, cancellationToken);
    }
}
