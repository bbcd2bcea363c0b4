namespace SupplierMeetups.Web.Platform.Jobs;

internal sealed class JobsOptions
{
    /// <summary>Off in tests that prove the bus alone delivers: no Hangfire server, so no recurring job runs.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>How often the e-mail sweep starts; a divisor of 60 below a minute, whole minutes above.</summary>
    public int SweepIntervalSeconds { get; init; } = 30;

    public int WorkerCount { get; init; } = 4;

    public static JobsOptions From(IConfiguration configuration) => new()
    {
        Enabled = configuration.GetValue("Jobs:Enabled", true),
        SweepIntervalSeconds = configuration.GetValue("Jobs:SweepIntervalSeconds", 30),
        WorkerCount = configuration.GetValue("Jobs:WorkerCount", 4),
    };

    /// <summary>Hangfire's cron with seconds (six fields) for intervals under a minute.</summary>
    public string SweepCron => SweepIntervalSeconds < 60
        ? $"*/{SweepIntervalSeconds} * * * * *"
        : $"*/{Math.Max(1, SweepIntervalSeconds / 60)} * * * *";
}
