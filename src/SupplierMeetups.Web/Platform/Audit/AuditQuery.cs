using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Platform.Audit;

/// <summary>What organizers filter the audit log by; every field is optional, dates are whole UTC days, both ends included.</summary>
public sealed class AuditFilter
{
    public string? Action { get; set; }

    /// <summary>Part of the actor's name or e-mail address.</summary>
    public string? Actor { get; set; }

    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public Guid? EventId { get; set; }
}

public sealed class AuditQuery(AppDbContext db)
{
    public const int PageLimit = 500;

    /// <summary>Newest first; <paramref name="limit"/> null for all (the CSV).</summary>
    public async Task<IReadOnlyList<AuditEntry>> FindAsync(AuditFilter filter, int? limit, CancellationToken cancellationToken)
    {
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (filter.Action is { Length: > 0 } action)
        {
            query = query.Where(e => e.Action == action);
        }
        if (filter.Actor?.Trim() is { Length: > 0 } actor)
        {
            var folded = actor.ToLowerInvariant();
            query = query.Where(e => e.ActorEmail.ToLower().Contains(folded) || e.ActorName.ToLower().Contains(folded));
        }
        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(e => e.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(e => e.At < end);
        }
        if (filter.EventId is { } eventId)
        {
            query = query.Where(e => e.EventId == eventId);
        }
        query = query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id);
        return await (limit is { } n ? query.Take(n) : query).ToListAsync(cancellationToken);
    }

    public static byte[] Csv(IEnumerable<AuditEntry> entries)
    {
        var csv = new StringBuilder("time_utc,actor_user_id,actor_name,actor_email,action,target_type,target_id,event_id,details\r\n");
        foreach (var e in entries)
        {
            csv.AppendJoin(',', new[]
            {
                e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), e.ActorUserId?.ToString() ?? "",
                e.ActorName, e.ActorEmail, e.Action, e.TargetType, e.TargetId, e.EventId?.ToString() ?? "", e.Details,
            }.Select(Field)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    // Quoted, and a leading = + - @ defused, so that a name cannot become a spreadsheet formula.
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }
        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
