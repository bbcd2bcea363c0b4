using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Integrations.Keys;
using SupplierMeetups.Web.Integrations.Webhooks;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Integrations.Manage;

/// <summary>The confirm step before revoking a key or removing a webhook: the GET only asks, the POST acts.</summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class ConfirmRemovalModel(ApiKeyService keys, WebhookService webhooks, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string Question { get; private set; } = "";
    public string Action { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Kind == "keys" && await keys.FindAsync(EventId, Id, cancellationToken) is { RevokedAt: null } key)
        {
            Question = l["Revoke the key of {0} ({1})? Every request with it is refused from now on; this cannot be undone.", key.Name, key.Display];
            Action = l["Revoke the key"];
            return Page();
        }
        if (Kind == "webhooks" && (await webhooks.ListAsync(EventId, cancellationToken)).FirstOrDefault(w => w.Id == Id && w.RemovedAt is null) is { } webhook)
        {
            Question = l["Remove the webhook {0} ({1})? It hears nothing more and deliveries still owed to it stop; this cannot be undone.", webhook.Name, webhook.Url];
            Action = l["Remove the webhook"];
            return Page();
        }
        return NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Kind == "keys")
        {
            var outcome = await keys.RevokeAsync(EventId, Id, cancellationToken);
            if (outcome.Value is not { } key) return NotFound();
            TempData["Status"] = l["The key of {0} is revoked.", key.Name].Value;
        }
        else if (Kind == "webhooks")
        {
            var outcome = await webhooks.RemoveAsync(EventId, Id, cancellationToken);
            if (outcome.Value is not { } webhook) return NotFound();
            TempData["Status"] = l["The webhook {0} is removed.", webhook.Name].Value;
        }
        else
        {
            return NotFound();
        }
        return Redirect($"/organizer/events/{EventId}/integrations");
    }
}
