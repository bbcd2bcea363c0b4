using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Platform.Email.Templates;

/// <summary>Organizers read every e-mail the platform sends, in Turkish and English, written for a made-up firm.</summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class EmailTemplatesPageModel(EmailTemplates templates) : PageModel
{
    public static readonly string[] Languages = ["tr", "en"];

    public IReadOnlyList<EmailTemplate> All { get; private set; } = [];

    public void OnGet() => All = templates.All();
}
