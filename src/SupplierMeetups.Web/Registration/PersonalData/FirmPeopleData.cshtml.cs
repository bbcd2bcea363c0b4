using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Identity.Contracts;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Security;
using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.Web.Registration.PersonalData;

/// <summary>
/// A firm's people and their personal data: the signed-in contact downloads their own data and erases a representative or
/// themselves; organizers erase anyone of the firm on request.
/// </summary>
// Personal data: never kept by the browser or a proxy.
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Authorize(Roles = Roles.Organizer + "," + Roles.Supplier + "," + Roles.Prime)]
public sealed class FirmPeopleDataModel(FirmPersonalData personalData, FirmAccess access, IAccountCommands accounts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid FirmId { get; set; }

    public IReadOnlyList<FirmContact> Contacts { get; private set; } = [];
    public IReadOnlyList<RepresentativeExport> Representatives { get; private set; } = [];
    public Guid? Me { get; private set; }
    public bool IsContact { get; private set; }
    public bool IsOrganizer => User.IsInRole(Roles.Organizer);
    public bool Erased { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool erased, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Erased = erased;
        Contacts = await personalData.ContactsAsync(FirmId, cancellationToken);
        Representatives = await personalData.RepresentativesAsync(FirmId, LanguageOf.Current, cancellationToken);
        return Page();
    }

    /// <summary>The signed-in contact's own data; an organizer is not a firm person and has none here.</summary>
    public async Task<IActionResult> OnGetDataAsync(CancellationToken cancellationToken)
    {
        if (await AllowedAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!IsContact || await personalData.ExportAsync(Me!.Value, cancellationToken) is not { } export)
        {
            return Forbid();
        }
        return File(JsonSerializer.SerializeToUtf8Bytes(export, MyVisitModel.ExportJson), "application/json", "my-data.json");
    }

    public async Task<IActionResult> OnPostErasePersonAsync(Guid personId, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }
        return await personalData.EraseRepresentativeAsync(FirmId, personId, cancellationToken)
            ? Redirect($"/firms/{FirmId}/personal-data?erased=true")
            : NotFound();
    }

    /// <summary>A contact erases only their own account; organizers any contact of the firm.</summary>
    public async Task<IActionResult> OnPostEraseContactAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!IsOrganizer && userId != Me)
        {
            return Forbid();
        }
        if (!await personalData.EraseContactAsync(FirmId, userId, cancellationToken))
        {
            return NotFound();
        }
        if (userId != Me)
        {
            return Redirect($"/firms/{FirmId}/personal-data?erased=true");
        }
        await accounts.SignOutAsync();
        return Redirect("/personal-data/erased");
    }

    private async Task<IActionResult?> AllowedAsync(CancellationToken cancellationToken)
    {
        Me = FirmAccess.UserId(User);
        IsContact = await access.IsFirmUserAsync(User, FirmId, cancellationToken);
        return IsContact || IsOrganizer ? null : Forbid();
    }
}
