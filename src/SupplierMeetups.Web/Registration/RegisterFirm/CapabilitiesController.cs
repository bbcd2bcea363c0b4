using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.Web.Registration.RegisterFirm;

/// <summary>A capability of the taxonomy: its code (what sign-up, profiles and needs send), its parent's code and its names.</summary>
/// <param name="Code">The code to send in <c>capabilities</c> (e.g. "cnc-machining").</param>
/// <param name="ParentCode">The broader capability it belongs to; null at the top. Filters on a code match its sub-capabilities too.</param>
/// <param name="NameTr">The Turkish name.</param>
/// <param name="NameEn">The English name.</param>
public sealed record CapabilityResponse(string Code, string? ParentCode, string NameTr, string NameEn);

/// <summary>The capability codes the sign-up form offers as check boxes, for programs.</summary>
[ApiController]
[Produces("application/json")]
public sealed class CapabilitiesController(ICapabilityTaxonomy taxonomy) : ControllerBase
{
    /// <summary>
    /// Every capability of the taxonomy, parents before their children, with Turkish and English names. Public, as on the
    /// sign-up form; with an <c>ETag</c> (send it in <c>If-None-Match</c> to get 304 when nothing changed).
    /// </summary>
    [HttpGet("/api/v1/capabilities"), AllowAnonymous, ETagged]
    public async Task<IReadOnlyList<CapabilityResponse>> List(CancellationToken cancellationToken)
    {
        var all = (await taxonomy.AllAsync(cancellationToken)).ToDictionary(t => t.Code);
        // The same order as the form's tree (parent first); the tree names every node, so the names come from the terms.
        var order = await taxonomy.TreeAsync("en", cancellationToken);
        return order.Select(n => all[n.Code]).Select(t => new CapabilityResponse(t.Code, t.ParentCode, t.NameTr, t.NameEn)).ToList();
    }
}
