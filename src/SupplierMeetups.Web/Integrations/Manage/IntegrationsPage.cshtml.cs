using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Integrations.Keys;
using SupplierMeetups.Web.Integrations.Webhooks;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Integrations.Manage;

/// <summary>
/// An event's API keys and webhooks. A new key or signing secret is shown on the answer to the form that made it,
/// once: it is neither stored readable (keys) nor put in a cookie or a URL.
/// </summary>
[Authorize(Roles = Roles.Organizer)]
public sealed class IntegrationsPageModel(IEventQueries events, ApiKeyService keys, WebhookService webhooks, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    public EventInfo? Event { get; private set; }
    public IReadOnlyList<ApiKeyView> Keys { get; private set; } = [];
    public IReadOnlyList<WebhookView> Webhooks { get; private set; } = [];

    /// <summary>Set on the answer that issued a key or registered a webhook: the one time it is shown.</summary>
    public string? ShownOnce { get; private set; }
    public string? ShownOnceLabel { get; private set; }

    [BindProperty]
    public KeyForm Key { get; set; } = new();

    [BindProperty]
    public WebhookForm Hook { get; set; } = new();

    public sealed class KeyForm
    {
        public string? Name { get; set; }
        public string Access { get; set; } = "read";
        public List<string> Scopes { get; set; } = [];
    }

    public sealed class WebhookForm
    {
        public string? Name { get; set; }
        public string? Url { get; set; }
        public List<string> EventTypes { get; set; } = [];
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken cancellationToken)
    {
        var outcome = await keys.IssueAsync(EventId, Key.Name, Key.Access == "read", Key.Scopes, cancellationToken);
        if (outcome.Refusal is { Status: StatusCodes.Status404NotFound })
        {
            return NotFound();
        }
        if (outcome.Refusal is { } refusal)
        {
            refusal.AddTo(ModelState, "Key");
        }
        else
        {
            ShownOnce = outcome.Value!.Secret;
            ShownOnceLabel = l["The key for {0} is issued. Copy it now: it is shown only this once.", outcome.Value.Key.Name];
            Key = new KeyForm();
            ModelState.Clear();
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken cancellationToken)
    {
        var outcome = await webhooks.RegisterAsync(EventId, Hook.Name, Hook.Url, Hook.EventTypes, cancellationToken);
        if (outcome.Refusal is { Status: StatusCodes.Status404NotFound })
        {
            return NotFound();
        }
        if (outcome.Refusal is { } refusal)
        {
            refusal.AddTo(ModelState, "Hook");
        }
        else
        {
            ShownOnce = outcome.Value!.Secret;
            ShownOnceLabel = l["The webhook {0} is registered. Copy its signing secret now: it is shown only this once.", outcome.Value.Webhook.Name];
            Hook = new WebhookForm();
            ModelState.Clear();
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Event = await events.FindAsync(EventId, cancellationToken);
        if (Event is null)
        {
            return false;
        }
        Keys = await keys.ListAsync(EventId, cancellationToken);
        Webhooks = await webhooks.ListAsync(EventId, cancellationToken);
        return true;
    }
}
