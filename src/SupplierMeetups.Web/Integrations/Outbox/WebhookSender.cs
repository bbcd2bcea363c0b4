using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Integrations.Webhooks;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Integrations.Outbox;

/// <summary>
/// POSTs one owed delivery: claims it (so that two sweeps or two instances never send it at once), signs the body
/// with the webhook's secret, and records the answer. A 2xx is delivered; anything else (or no answer) is retried
/// with exponential backoff until <see cref="IntegrationsOptions.MaxAttempts"/>, then failed until replayed.
/// Receivers may see a delivery twice (a crash after their 2xx and before ours is saved): they dedupe on the id.
/// </summary>
public sealed class WebhookSender(AppDbContext db, IHttpClientFactory clients, WebhookSecrets secrets, IntegrationsOptions options, TimeProvider clock, ILogger<WebhookSender> logger)
{
    public const string HttpClientName = "webhooks";
    public const string IdHeader = "X-SupplierMeetups-Event-Id";
    public const string TypeHeader = "X-SupplierMeetups-Event-Type";
    public const string TimestampHeader = "X-SupplierMeetups-Timestamp";
    public const string SignatureHeader = "X-SupplierMeetups-Signature";
    public const string DeliveryHeader = "X-SupplierMeetups-Delivery";

    public async Task<bool> SendAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claimedUntil = now + TimeSpan.FromSeconds(options.TimeoutSeconds + 15);
        var claimed = await db.Set<WebhookDelivery>()
            .Where(d => d.Id == deliveryId && d.DeliveredAt == null && d.FailedAt == null && d.NextAttemptAt <= now && (d.ClaimedUntil == null || d.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedUntil, claimedUntil), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }
        var delivery = await db.Set<WebhookDelivery>().AsNoTracking().SingleAsync(d => d.Id == deliveryId, cancellationToken);
        var occurrence = await db.Set<IntegrationEvent>().AsNoTracking().SingleAsync(e => e.Id == delivery.IntegrationEventId, cancellationToken);
        var webhook = await db.Set<WebhookSubscription>().AsNoTracking().SingleAsync(w => w.Id == delivery.SubscriptionId, cancellationToken);
        if (webhook.RemovedAt is not null)
        {
            await RecordAsync(deliveryId, delivery.Attempts, null, "The webhook was removed.", failed: true);
            return false;
        }

        var body = Body(occurrence);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(IdHeader, occurrence.Id.ToString());
        request.Headers.Add(TypeHeader, occurrence.Type);
        request.Headers.Add(DeliveryHeader, delivery.Id.ToString());
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, "sha256=" + Sign(secrets.Unprotect(webhook.ProtectedSecret), timestamp, body));
        var attempts = delivery.Attempts + 1;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            var code = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                await db.Set<WebhookDelivery>().Where(d => d.Id == deliveryId).ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Attempts, attempts)
                    .SetProperty(d => d.LastAttemptAt, clock.GetUtcNow())
                    .SetProperty(d => d.LastStatusCode, code)
                    .SetProperty(d => d.LastError, (string?)null)
                    .SetProperty(d => d.DeliveredAt, clock.GetUtcNow())
                    .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
                return true;
            }
            await RecordAsync(deliveryId, attempts, code, $"The receiver answered {code}.", failed: attempts >= options.MaxAttempts);
            return false;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Webhook delivery {DeliveryId} to {Url} failed on attempt {Attempt}: {Error}", deliveryId, webhook.Url, attempts, ex.Message);
            var error = ex is TaskCanceledException ? $"No answer within {options.TimeoutSeconds} s." : ex.Message;
            await RecordAsync(deliveryId, attempts, null, error, failed: attempts >= options.MaxAttempts);
            return false;
        }
    }

    /// <summary>The JSON a receiver gets: the occurrence's id, type and time, and the message as <c>data</c>.</summary>
    public static string Body(IntegrationEvent occurrence) =>
        $"{{\"id\":\"{occurrence.Id}\",\"type\":{JsonSerializer.Serialize(occurrence.Type)},\"occurredAt\":{JsonSerializer.Serialize(occurrence.OccurredAt)},\"eventId\":\"{occurrence.EventId}\",\"data\":{occurrence.Payload}}}";

    /// <summary>Lowercase hex HMAC-SHA256, keyed with the secret's UTF-8 bytes, over "{timestamp}.{body}".</summary>
    public static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    private Task RecordAsync(Guid deliveryId, int attempts, int? code, string error, bool failed)
    {
        var now = clock.GetUtcNow();
        var next = now + options.Backoff(attempts);
        var text = error.Length > 2000 ? error[..2000] : error;
        return db.Set<WebhookDelivery>().Where(d => d.Id == deliveryId).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Attempts, attempts)
            .SetProperty(d => d.LastAttemptAt, now)
            .SetProperty(d => d.LastStatusCode, code)
            .SetProperty(d => d.LastError, text)
            .SetProperty(d => d.NextAttemptAt, next)
            .SetProperty(d => d.FailedAt, failed ? now : null)
            .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
    }
}
