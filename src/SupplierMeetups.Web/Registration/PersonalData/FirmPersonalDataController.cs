using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Registration.PersonalData;

/// <summary>Personal data of a firm's people (KVKK art. 11): the contact's export, and erasure of representatives and contacts.</summary>
[ApiController]
[Route("api/v1/firms/{firmId:guid}")]
[Produces("application/json")]
public sealed class FirmPersonalDataController(FirmPersonalData personalData, FirmAccess access, IStringLocalizer<SharedResource> l) : ControllerBase
{
    private const string FirmPeople = Roles.Organizer + "," + Roles.Supplier + "," + Roles.Prime;

    /// <summary>The signed-in contact's own data: account, consents given, and the representatives their firms named.</summary>
    [HttpGet("personal-data"), Authorize(Roles = Roles.Supplier + "," + Roles.Prime)]
    [ProducesResponseType<FirmContactDataExport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Export(Guid firmId, CancellationToken cancellationToken)
    {
        if (!await access.IsFirmUserAsync(User, firmId, cancellationToken) || await personalData.ExportAsync(SignedInUser.IdOf(User)!.Value, cancellationToken) is not { } export)
        {
            return Forbidden();
        }
        return Ok(export);
    }

    /// <summary>Anonymizes a representative of the firm (name, title, e-mail, phone); the row stays, so counts stay.</summary>
    [HttpPost("people/{personId:guid}/erase"), Authorize(Roles = FirmPeople)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> ErasePerson(Guid firmId, Guid personId, CancellationToken cancellationToken)
    {
        if (!await access.CanEditAsync(User, firmId, cancellationToken))
        {
            return Forbidden();
        }
        return await personalData.EraseRepresentativeAsync(firmId, personId, cancellationToken)
            ? NoContent()
            : Problem(l["The firm has no such person."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
    }

    /// <summary>
    /// Anonymizes a contact of the firm and closes the account for good. A contact may erase only themselves; organizers any
    /// contact of the firm.
    /// </summary>
    [HttpPost("contacts/{userId:guid}/erase"), Authorize(Roles = FirmPeople)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> EraseContact(Guid firmId, Guid userId, CancellationToken cancellationToken)
    {
        var organizer = User.IsInRole(Roles.Organizer);
        if (!organizer && (SignedInUser.IdOf(User) != userId || !await access.IsFirmUserAsync(User, firmId, cancellationToken)))
        {
            return Forbidden();
        }
        return await personalData.EraseContactAsync(firmId, userId, cancellationToken)
            ? NoContent()
            : Problem(l["The firm has no such person."], statusCode: StatusCodes.Status404NotFound, title: l["Not found."]);
    }

    private ObjectResult Forbidden() =>
        Problem(l["Only the person, their firm's contact or the organizers may do this."], statusCode: StatusCodes.Status403Forbidden, title: l["You are not allowed to do this."]);
}
