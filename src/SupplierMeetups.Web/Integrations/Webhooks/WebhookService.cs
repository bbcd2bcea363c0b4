using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Integrations.Contracts;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Integrations.Webhooks;

public sealed record WebhookView(Guid Id, string Name, string Url, IReadOnlyList<string> EventTypes, DateTimeOffset CreatedAt, DateTimeOffset? RemovedAt)
{
    public static WebhookView From(WebhookSubscription w) => new(w.Id, w.Name, w.Url, w.Types, w.CreatedAt, w.RemovedAt);
}

/// <summary>The one time the signing secret is seen.</summary>
public sealed record RegisteredWebhook(WebhookView Webhook, string Secret);

/// <summary>Organizers register the endpoints that hear an event's integration events, and remove them.</summary>
public sealed class WebhookService(
    AppDbContext db, IEventQueries events, WebhookSecrets secrets, IntegrationsOptions options, AuditLog audit, TimeProvider clock, IHttpContextAccessor http,
    IStringLocalizer<SharedResource> l)
{
    public async Task<IReadOnlyList<WebhookView>> ListAsync(Guid eventId, CancellationToken cancellationToken) =>
        (await db.Set<WebhookSubscription>().AsNoTracking().Where(w => w.EventId == eventId).ToListAsync(cancellationToken))
        .OrderBy(w => w.RemovedAt is not null).ThenByDescending(w => w.CreatedAt).Select(WebhookView.From).ToList();

    public async Task<Outcome<RegisteredWebhook>> RegisterAsync(Guid eventId, string? name, string? url, IReadOnlyCollection<string>? types, CancellationToken cancellationToken)
    {
        if (await events.FindAsync(eventId, cancellationToken) is null)
        {
            return new Refusal(l["There is no such event."], StatusCodes.Status404NotFound);
        }
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            return Refusal.AtField("Name", l["Give the system a name of at most {0} characters.", 100]);
        }
        url = url?.Trim() ?? "";
        if (url.Length > 2000 || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || options.AllowHttp && uri.Scheme == Uri.UriSchemeHttp) || uri.UserInfo.Length > 0)
        {
            return Refusal.AtField("Url", options.AllowHttp ? l["Enter an address that starts with https:// or http://."] : l["Enter an address that starts with https://."]);
        }
        var chosen = (types ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Count == 0 || chosen.Any(t => !IntegrationEventTypes.IsKnown(t)))
        {
            return Refusal.AtField("EventTypes", l["Choose at least one of the listed event types."]);
        }
        if (await db.Set<WebhookSubscription>().AnyAsync(w => w.EventId == eventId && w.Name == name, cancellationToken))
        {
            return Refusal.AtField("Name", l["This event already has a webhook named {0}.", name]) with { Status = StatusCodes.Status409Conflict };
        }
        var secret = WebhookSecrets.New();
        var webhook = new WebhookSubscription
        {
            EventId = eventId,
            Name = name,
            Url = uri.ToString(),
            EventTypes = string.Join(' ', IntegrationEventTypes.All.Select(t => t.Name).Where(chosen.Contains)),
            ProtectedSecret = secrets.Protect(secret),
            CreatedAt = clock.GetUtcNow(),
            CreatedByUserId = SignedInUser.IdOf(http.HttpContext!.User),
        };
        db.Add(webhook);
        await audit.RecordAsync(AuditActions.WebhookRegistered, "webhook", webhook.Id, eventId, $"{name}: {webhook.Url} ({webhook.EventTypes})", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Refusal.AtField("Name", l["This event already has a webhook named {0}.", name]) with { Status = StatusCodes.Status409Conflict };
        }
        return new RegisteredWebhook(WebhookView.From(webhook), secret);
    }

    /// <summary>A removed webhook hears nothing more; deliveries already owed to it stop too. Removing twice is once.</summary>
    public async Task<Outcome<WebhookView>> RemoveAsync(Guid eventId, Guid webhookId, CancellationToken cancellationToken)
    {
        var webhook = await db.Set<WebhookSubscription>().SingleOrDefaultAsync(w => w.Id == webhookId && w.EventId == eventId, cancellationToken);
        if (webhook is null)
        {
            return new Refusal(l["There is no such webhook."], StatusCodes.Status404NotFound);
        }
        if (webhook.RemovedAt is null)
        {
            webhook.RemovedAt = clock.GetUtcNow();
            await audit.RecordAsync(AuditActions.WebhookRemoved, "webhook", webhook.Id, eventId, webhook.Name, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        return WebhookView.From(webhook);
    }
}

/// <summary>Webhook signing secrets: made random, kept encrypted with the shared key ring, read back to sign.</summary>
public sealed class WebhookSecrets(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("SupplierMeetups.Integrations.WebhookSecret.v1");

    public static string New() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
