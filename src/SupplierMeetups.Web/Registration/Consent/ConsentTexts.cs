using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Registration.Consent;

/// <summary>Reads and versions the consent texts of an event.</summary>
public sealed class ConsentTexts(AppDbContext db, IEventQueries events, TimeProvider clock)
{
    public static readonly string[] Languages = ["tr", "en"];

    /// <summary>The latest version in the language; an event without any text gets the default notice first. Null: no such event.</summary>
    public async Task<ConsentText?> CurrentAsync(Guid eventId, string language, CancellationToken cancellationToken)
    {
        language = Languages.Contains(language) ? language : "tr";
        if (await LatestAsync(eventId, language, cancellationToken) is { } latest)
        {
            return latest;
        }
        if (!await events.ExistsAsync(eventId, cancellationToken))
        {
            return null;
        }
        try
        {
            db.AddRange(DefaultConsentTexts.For(eventId, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request added the defaults at the same moment: theirs are as good.
            db.ChangeTracker.Clear();
        }
        return (await LatestAsync(eventId, language, cancellationToken))!;
    }

    public Task<ConsentText?> FindAsync(Guid eventId, Guid id, CancellationToken cancellationToken) =>
        db.Set<ConsentText>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && t.EventId == eventId, cancellationToken);

    public Task<List<ConsentText>> HistoryAsync(Guid eventId, CancellationToken cancellationToken) =>
        db.Set<ConsentText>().AsNoTracking().Where(t => t.EventId == eventId)
            .OrderBy(t => t.Language).ThenByDescending(t => t.Version).ToListAsync(cancellationToken);

    /// <summary>Adds the next version when the text differs from the latest; answers whether it did.</summary>
    public async Task<bool> ReviseAsync(Guid eventId, string language, string text, Guid? userId, CancellationToken cancellationToken)
    {
        var current = (await CurrentAsync(eventId, language, cancellationToken))!;
        var cleaned = text.Trim().ReplaceLineEndings("\n");
        if (cleaned == current.Text)
        {
            return false;
        }
        db.Add(new ConsentText { EventId = eventId, Language = current.Language, Version = current.Version + 1, Text = cleaned, CreatedAt = clock.GetUtcNow(), CreatedByUserId = userId });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private Task<ConsentText?> LatestAsync(Guid eventId, string language, CancellationToken cancellationToken) =>
        db.Set<ConsentText>().AsNoTracking().Where(t => t.EventId == eventId && t.Language == language)
            .OrderByDescending(t => t.Version).FirstOrDefaultAsync(cancellationToken);
}
