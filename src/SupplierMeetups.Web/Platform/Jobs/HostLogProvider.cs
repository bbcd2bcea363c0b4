using Hangfire.Logging;

namespace SupplierMeetups.Web.Platform.Jobs;

/// <summary>
/// Hangfire's log provider is process-wide while a logger factory belongs to one host; when a host stops before
/// another in the same process (tests run several), its logs go nowhere instead of failing the other host's jobs.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory loggers) : ILogProvider
{
    public ILog GetLogger(string name)
    {
        try
        {
            return new ForwardingLog(loggers.CreateLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new ForwardingLog(null);
        }
    }

    private sealed class ForwardingLog(ILogger? logger) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            if (logger is null) return false;
            var level = (Microsoft.Extensions.Logging.LogLevel)(int)logLevel;
            try
            {
                if (messageFunc is null) return logger.IsEnabled(level);
                if (!logger.IsEnabled(level)) return false;
#pragma warning disable CA2254 // Hangfire hands over finished messages, not templates
                logger.Log(level, exception, messageFunc());
#pragma warning restore CA2254
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
