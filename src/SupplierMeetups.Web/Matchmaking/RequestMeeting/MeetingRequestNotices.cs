using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Matchmaking.RequestMeeting;

/// <summary>Writes a request's e-mails into the outbox of the caller's unit of work, each to the firm contact in their language.</summary>
public sealed class MeetingRequestNotices(AppDbContext db, Participants participants, EmailOutbox outbox, MeetingRequestEmails emails)
{
    public Task AddReceivedAsync(MeetingRequest request, CancellationToken cancellationToken) =>
        TellAsync(request, request.RecipientId, (language, name, firms, theEvent) => emails.Received(
            language, name, firms[request.RequesterId], theEvent.Name(language), request.Priority, request.Note,
            TimeZoneInfo.ConvertTime(request.ExpiresAt, TimeZoneInfo.FindSystemTimeZoneById(theEvent.TimeZoneId)), request.EventId),
            MeetingRequestEmails.ReceivedKind, cancellationToken);

    public Task AddAcceptedAsync(MeetingRequest request, CancellationToken cancellationToken) =>
        TellAsync(request, request.RequesterId, (language, name, firms, theEvent) => emails.Accepted(
            language, name, firms[request.RecipientId], theEvent.Name(language), request.Priority, request.EventId),
            MeetingRequestEmails.AcceptedKind, cancellationToken);

    public Task AddDeclinedAsync(MeetingRequest request, CancellationToken cancellationToken) =>
        TellAsync(request, request.RequesterId, (language, name, firms, theEvent) => emails.Declined(
            language, name, firms[request.RecipientId], theEvent.Name(language), request.Priority, request.DeclineReason ?? "", request.EventId),
            MeetingRequestEmails.DeclinedKind, cancellationToken);

    /// <summary>Both firms: the one that asked may ask again, the one that was asked can no longer answer.</summary>
    public async Task AddExpiredAsync(MeetingRequest request, CancellationToken cancellationToken)
    {
        await TellAsync(request, request.RequesterId, (language, name, firms, theEvent) => emails.ExpiredToRequester(
            language, name, firms[request.RecipientId], theEvent.Name(language), request.Priority, request.EventId),
            MeetingRequestEmails.ExpiredKind, cancellationToken);
        await TellAsync(request, request.RecipientId, (language, name, firms, theEvent) => emails.ExpiredToRecipient(
            language, name, firms[request.RequesterId], theEvent.Name(language), request.Priority, request.EventId),
            MeetingRequestEmails.ExpiredKind, cancellationToken);
    }

    private async Task TellAsync(
        MeetingRequest request, Guid recipient, Func<string, string, IReadOnlyDictionary<Guid, string>, Event, RenderedEmail> render, string kind, CancellationToken cancellationToken)
    {
        var contacts = await participants.ContactsAsync([recipient], cancellationToken);
        if (!contacts.TryGetValue(recipient, out var contact))
        {
            return;
        }
        var theEvent = await db.Set<Event>().AsNoTracking().SingleAsync(e => e.Id == request.EventId, cancellationToken);
        var firms = (await participants.ManyAsync(request.EventId, [request.PrimeId, request.SupplierId], cancellationToken))
            .ToDictionary(f => f.Key, f => f.Value.ShortName);
        outbox.Add(contact.Email, contact.Name, render(contact.Language, contact.Name, firms, theEvent), kind, contact.Language);
    }
}
