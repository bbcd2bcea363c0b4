using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Platform.Audit;

public sealed record AuditEntryResponse(
    Guid Id, DateTimeOffset At, Guid? ActorUserId, string ActorName, string ActorEmail, string Action, string TargetType, string TargetId, Guid? EventId, string Details);

/// <summary>The audit log for organizers' tools: newest first, at most <see cref="AuditQuery.PageLimit"/> entries per answer.</summary>
[ApiController]
[Route("api/v1/audit")]
[Produces("application/json")]
[Authorize(Roles = Roles.Organizer)]
public sealed class AuditController(AuditQuery query) : ControllerBase
{
    [HttpGet]
    public async Task<IReadOnlyList<AuditEntryResponse>> List([FromQuery] AuditFilter filter, CancellationToken cancellationToken) =>
        (await query.FindAsync(filter, AuditQuery.PageLimit, cancellationToken))
            .Select(e => new AuditEntryResponse(e.Id, e.At, e.ActorUserId, e.ActorName, e.ActorEmail, e.Action, e.TargetType, e.TargetId, e.EventId, e.Details))
            .ToList();
}
