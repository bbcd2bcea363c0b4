using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Registration.Consent;

/// <summary>Reads and versions the consent texts of an event.</summary>
public sealed class ConsentTexts(AppDbContext db, IEventQueries events, TimeProvider clock)
{
    public static readonly string[] Languages = ["tr", "en"];

    /// <summary>
    /// The latest version in the language; for an event without any text, the default notice, not stored (pages show
    /// it on GET, which changes nothing). Null: no such event.
    /// </summary>
    public async Task<ConsentText?> CurrentAsync(Guid eventId, string language, CancellationToken cancellationToken)
    {
        language = Languages.Contains(language) ? language : "tr";
        if (await LatestAsync(eventId, language, cancellationToken) is { } latest)
        {
            return latest;
        }
        return await events.ExistsAsync(eventId, cancellationToken)
            ? DefaultConsentTexts.For(eventId, clock.GetUtcNow()).Single(t => t.Language == language)
            : null;
    }

    /// <summary>The current version, stored: what a sign-up that accepts it refers to.</summary>
    public async Task<ConsentText?> CurrentStoredAsync(Guid eventId, string language, CancellationToken cancellationToken) =>
        await CurrentAsync(eventId, language, cancellationToken) is { } current ? await FindAsync(eventId, current.Id, cancellationToken) : null;

    /// <summary>The event's version with this id; the default notice a form showed is stored now, under the id it carried.</summary>
    public async Task<ConsentText?> FindAsync(Guid eventId, Guid id, CancellationToken cancellationToken)
    {
        if (await db.Set<ConsentText>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && t.EventId == eventId, cancellationToken) is { } stored)
        {
            return stored;
        }
        if (!Languages.Any(language => DefaultConsentTexts.IdOf(eventId, language) == id) || !await StoreDefaultsAsync(eventId, cancellationToken))
        {
            return null;
        }
        return await db.Set<ConsentText>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && t.EventId == eventId, cancellationToken);
    }

    /// <summary>Stores the default notices of an event that has no text yet; false when there is no such event.</summary>
    private async Task<bool> StoreDefaultsAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (!await events.ExistsAsync(eventId, cancellationToken))
        {
            return false;
        }
        if (await db.Set<ConsentText>().AnyAsync(t => t.EventId == eventId, cancellationToken))
        {
            return true;
        }
        var defaults = DefaultConsentTexts.For(eventId, clock.GetUtcNow()).ToList();
        db.AddRange(defaults);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another sign-up stored the defaults at the same moment: theirs are the same rows.
            foreach (var text in defaults)
            {
                db.Entry(text).State = EntityState.Detached;
            }
        }
        return true;
    }

    public Task<List<ConsentText>> HistoryAsync(Guid eventId, CancellationToken cancellationToken) =>
        db.Set<ConsentText>().AsNoTracking().Where(t => t.EventId == eventId)
            .OrderBy(t => t.Language).ThenByDescending(t => t.Version).ToListAsync(cancellationToken);

    /// <summary>
    /// The organizers' revision of the notice, both languages at once (the edit page and its API): each language whose
    /// text changed gets its next version, an unchanged one keeps its own. Null: no such event.
    /// </summary>
    public async Task<IReadOnlyList<ConsentText>?> ReviseNoticeAsync(Guid eventId, string textTr, string textEn, Guid? userId, CancellationToken cancellationToken)
    {
        if (!await events.ExistsAsync(eventId, cancellationToken))
        {
            return null;
        }
        await ReviseAsync(eventId, "tr", textTr, userId, cancellationToken);
        await ReviseAsync(eventId, "en", textEn, userId, cancellationToken);
        return [(await CurrentAsync(eventId, "tr", cancellationToken))!, (await CurrentAsync(eventId, "en", cancellationToken))!];
    }

    /// <summary>Adds the next version when the text differs from the latest; answers whether it did.</summary>
    public async Task<bool> ReviseAsync(Guid eventId, string language, string text, Guid? userId, CancellationToken cancellationToken)
    {
        var current = (await CurrentStoredAsync(eventId, language, cancellationToken))!;
        var cleaned = text.Trim().ReplaceLineEndings("\n");
        if (cleaned == current.Text)
        {
            return false;
        }
        var next = new ConsentText { EventId = eventId, Language = current.Language, Version = current.Version + 1, Text = cleaned, CreatedAt = clock.GetUtcNow(), CreatedByUserId = userId };
        db.Add(next);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.Entry(next).State = EntityState.Detached;
            if ((await LatestAsync(eventId, current.Language, cancellationToken))?.Text == cleaned)
            {
                // The same revision sent twice at once: the other one stored this very text as the next version.
                return false;
            }
            throw;
        }
        return true;
    }

    private Task<ConsentText?> LatestAsync(Guid eventId, string language, CancellationToken cancellationToken) =>
        db.Set<ConsentText>().AsNoTracking().Where(t => t.EventId == eventId && t.Language == language)
            .OrderByDescending(t => t.Version).FirstOrDefaultAsync(cancellationToken);
}
