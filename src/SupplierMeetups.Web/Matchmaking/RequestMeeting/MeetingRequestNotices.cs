using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Email;

namespace SupplierMeetups.Web.Matchmaking.RequestMeeting;

/// <summary>Writes a request's e-mails into the outbox of the caller's unit of work, each to the firm contact in their language.</summary>
public sealed class MeetingRequestNotices(IEventQueries events, Participants participants, EmailOutbox outbox, MeetingRequestEmails emails)
{
    public Task AddReceivedAsync(MeetingRequest request, CancellationToken cancellationToken) =>
        TellAsync(request, EmailKind.MeetingRequestReceived, [(request.RecipientId, (language, name, firms, theEvent) => emails.Received(
            language, name, firms[request.RequesterId], theEvent.Name(language), request.Priority, request.Note,
            theEvent.ToVenue(request.ExpiresAt), request.EventId))],
            cancellationToken);

    public Task AddAcceptedAsync(MeetingRequest request, CancellationToken cancellationToken) =>
        TellAsync(request, EmailKind.MeetingRequestAccepted, [(request.RequesterId, (language, name, firms, theEvent) => emails.Accepted(
            language, name, firms[request.RecipientId], theEvent.Name(language), request.Priority, request.EventId))],
            cancellationToken);

    public Task AddDeclinedAsync(MeetingRequest request, CancellationToken cancellationToken) =>
        TellAsync(request, EmailKind.MeetingRequestDeclined, [(request.RequesterId, (language, name, firms, theEvent) => emails.Declined(
            language, name, firms[request.RecipientId], theEvent.Name(language), request.Priority, request.DeclineReason ?? "", request.EventId))],
            cancellationToken);

    /// <summary>Both firms: the one that asked may ask again, the one that was asked can no longer answer.</summary>
    public Task AddExpiredAsync(MeetingRequest request, CancellationToken cancellationToken) =>
        TellAsync(request, EmailKind.MeetingRequestExpired,
        [
            (request.RequesterId, (language, name, firms, theEvent) => emails.ExpiredToRequester(
                language, name, firms[request.RecipientId], theEvent.Name(language), request.Priority, request.EventId)),
            (request.RecipientId, (language, name, firms, theEvent) => emails.ExpiredToRecipient(
                language, name, firms[request.RequesterId], theEvent.Name(language), request.Priority, request.EventId)),
        ], cancellationToken);

    private delegate RenderedEmail Render(string language, string recipientName, IReadOnlyDictionary<Guid, string> firms, EventInfo theEvent);

    /// <summary>One e-mail per letter to the recipient firm's contact; the event and the firms' names are read once for all.</summary>
    private async Task TellAsync(MeetingRequest request, EmailKind kind, IReadOnlyList<(Guid Recipient, Render Render)> letters, CancellationToken cancellationToken)
    {
        var contacts = await participants.ContactsAsync(letters.Select(letter => letter.Recipient).ToList(), cancellationToken);
        if (contacts.Count == 0)
        {
            return;
        }
        var theEvent = await events.GetAsync(request.EventId, cancellationToken);
        var firms = (await participants.ManyAsync(request.EventId, [request.PrimeId, request.SupplierId], cancellationToken))
            .ToDictionary(f => f.Key, f => f.Value.ShortName);
        foreach (var (recipient, render) in letters)
        {
            if (contacts.TryGetValue(recipient, out var contact))
            {
                outbox.Add(contact.Email, contact.Name, render(contact.Language, contact.Name, firms, theEvent), kind, contact.Language);
            }
        }
    }
}
