namespace SupplierMeetups.Web.Integrations;

/// <summary>Configuration section <c>Integrations</c>.</summary>
public sealed class IntegrationsOptions
{
    public const string Section = "Integrations";

    /// <summary>How often the outbox sweep delivers due webhooks and bus messages (a divisor of 60).</summary>
    public int SweepIntervalSeconds { get; set; } = 5;

    /// <summary>The first retry's delay; each later one doubles it, up to an hour.</summary>
    public int RetryBaseSeconds { get; set; } = 10;

    /// <summary>After this many failed attempts a delivery is marked failed and waits for a replay.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long a receiver may take to answer.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Plain-HTTP webhook addresses (a receiver on the same trusted network, tests); HTTPS only when false.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Days a delivered webhook delivery (and an occurrence on the bus with no delivery left) is kept before the daily retention deletes it.</summary>
    public int RetentionDays { get; set; } = 30;

    public string SweepCron => SweepIntervalSeconds < 60 ? $"*/{Math.Max(1, SweepIntervalSeconds)} * * * * *" : $"*/{Math.Max(1, SweepIntervalSeconds / 60)} * * * *";

    public TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, RetryBaseSeconds * Math.Pow(2, Math.Max(0, attempts - 1))));
}
