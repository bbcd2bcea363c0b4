using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Platform.Email.Templates;

/// <summary>One template's example in one language: subject, plain text and the HTML as the recipient sees it.</summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class EmailTemplatePageModel(EmailTemplates templates) : PageModel
{
    public EmailTemplate Template { get; private set; } = null!;
    public RenderedEmail Example { get; private set; } = null!;
    public string Language { get; private set; } = "tr";

    /// <summary>Inline styles are what e-mails are made of; nothing else runs or loads, and only our own pages may frame it.</summary>
    public const string PreviewPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; sandbox";

    public IActionResult OnGetPreview(string kind, string language)
    {
        if (OnGet(kind, language) is not PageResult)
        {
            return NotFound();
        }
        Response.Headers.ContentSecurityPolicy = PreviewPolicy;
        Response.Headers.XFrameOptions = "SAMEORIGIN";
        return Content(Example.Html, "text/html; charset=utf-8");
    }

    public IActionResult OnGet(string kind, string language)
    {
        if (templates.Find(kind) is not { } template || !EmailTemplatesPageModel.Languages.Contains(language))
        {
            return NotFound();
        }
        Template = template;
        Language = language;
        Example = template.Example(HttpContext.RequestServices, language);
        return Page();
    }
}
