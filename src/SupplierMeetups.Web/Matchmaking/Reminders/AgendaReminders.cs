using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Matchmaking.Agendas;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Matchmaking.Reminders;

/// <summary>
/// From 09:00 (venue time) on the day before a meeting day, each firm with published meetings that day is sent
/// its agenda once: the reminder row and the e-mail are saved together, and the row's unique key stops a second.
/// </summary>
public sealed class AgendaReminders(AppDbContext db, IEventQueries eventQueries, Participants participants, EmailOutbox outbox, EmailOptions options, IStringLocalizer<SharedResource> l)
{
    public const int SendFromHour = 9;

    public async Task<int> SendDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sent = 0;
        var events = await eventQueries.ListAsync(cancellationToken);
        foreach (var theEvent in events)
        {
            var local = theEvent.ToVenue(now);
            var tomorrow = DateOnly.FromDateTime(local.Date).AddDays(1);
            if (local.Hour < SendFromHour || theEvent.MeetingDays.All(d => d.Date != tomorrow))
            {
                continue;
            }
            sent += await RemindAsync(theEvent, tomorrow, now, cancellationToken);
        }
        return sent;
    }

    private async Task<int> RemindAsync(EventInfo theEvent, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var slots = theEvent.Slots().Where(s => s.Date == day).Select(s => s.Id).ToList();
        var meetings = await db.Set<MeetingRequest>().AsNoTracking()
            .Where(r => r.EventId == theEvent.Id && r.Status == RequestStatus.Accepted && r.PublishedSlot != null && slots.Contains(r.PublishedSlot))
            .Select(r => new { r.PrimeId, r.SupplierId })
            .ToListAsync(cancellationToken);
        var firms = meetings.SelectMany(m => new[] { m.PrimeId, m.SupplierId }).ToHashSet();
        var done = await db.Set<AgendaReminder>().Where(r => r.EventId == theEvent.Id && r.Day == day).Select(r => r.ParticipationId).ToListAsync(cancellationToken);
        firms.ExceptWith(done);
        if (firms.Count == 0)
        {
            return 0;
        }
        var contacts = await participants.ContactsAsync(firms, cancellationToken);
        foreach (var (participationId, (email, name, language)) in contacts)
        {
            var count = meetings.Count(m => m.PrimeId == participationId || m.SupplierId == participationId);
            outbox.Add(email, name, Render(theEvent.Id, theEvent.Name(language), day, name, count, language), EmailKind.AgendaReminder, language,
                new EmailAttachment { Kind = AgendaPdfAttachment.AttachmentKind, ReferenceId = participationId, FileName = "agenda.pdf" },
                new EmailAttachment { Kind = AgendaIcsAttachment.AttachmentKind, ReferenceId = participationId, FileName = "agenda.ics" });
        }
        db.AddRange(firms.Select(id => new AgendaReminder { EventId = theEvent.Id, Day = day, ParticipationId = id, SentAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        return contacts.Count;
    }

    public RenderedEmail Render(Guid eventId, string eventName, DateOnly day, string name, int meetings, string language) => LanguageOf.In(language, () =>
    {
        string subject = l["Your meetings tomorrow at {0}", eventName];
        string greeting = l["Hello {0},", name];
        string body = l["Tomorrow, {0}, you have {1} meetings. Your agenda is attached; please be at your table a few minutes early.", DateText.Day(day, LanguageOf.Culture(language)), meetings];
        return EmailLayout.Compose(subject, greeting, [body], l["Open my agenda"], $"{options.PublicBaseUrl}/events/{eventId}/agenda");
    });
}
