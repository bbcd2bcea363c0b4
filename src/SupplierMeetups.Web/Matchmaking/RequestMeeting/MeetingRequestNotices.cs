using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Localization;

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

/// <summary>
/// The e-mails of a meeting request's life, rendered from plain values in the recipient's language, so that the same
/// templates can be shown with example values as well as sent.
/// </summary>
public sealed class MeetingRequestEmails(IStringLocalizer<SharedResource> l, EmailOptions options)
{
    /// <param name="answerBy">When the request expires, in the venue's time.</param>
    public RenderedEmail Received(string language, string recipientName, string requesterFirm, string eventName, int priority, string? note, DateTimeOffset answerBy, Guid eventId) =>
        LanguageOf.In(language, () =>
        {
            var paragraphs = new List<string>
            {
                l["{0} asks your firm for a one-to-one meeting at {1}.", requesterFirm, eventName],
                l["Priority: {0}", l[Priorities.Name(priority)]],
            };
            if (!string.IsNullOrWhiteSpace(note))
            {
                paragraphs.Add(l["Note: {0}", note]);
            }
            paragraphs.Add(l["Please accept or decline by {0}; after that the request expires.", DateText.Moment(DateOnly.FromDateTime(answerBy.DateTime), TimeOnly.FromDateTime(answerBy.DateTime), CultureInfo.CurrentCulture)]);
            return Compose(l["Meeting request from {0}", requesterFirm], recipientName, paragraphs, l["Answer the request"], eventId);
        });

    public RenderedEmail Accepted(string language, string recipientName, string recipientFirm, string eventName, int priority, Guid eventId) =>
        LanguageOf.In(language, () => Compose(
            l["{0} accepted your meeting request", recipientFirm], recipientName,
            [
                l["{0} accepted your meeting request ({1}) for {2}.", recipientFirm, l[Priorities.Name(priority)], eventName],
                l["The organizers will place the meeting in a slot and at a table; you will get your agenda when the schedule is published."],
            ],
            l["Open my meeting requests"], eventId));

    public RenderedEmail Declined(string language, string recipientName, string recipientFirm, string eventName, int priority, string reason, Guid eventId) =>
        LanguageOf.In(language, () => Compose(
            l["{0} declined your meeting request", recipientFirm], recipientName,
            [
                l["{0} declined your meeting request ({1}) for {2}.", recipientFirm, l[Priorities.Name(priority)], eventName],
                l["Reason: {0}", reason],
            ],
            l["Open my meeting requests"], eventId));

    /// <summary>To the firm that asked: the request ran out without an answer and no longer counts against its quota.</summary>
    public RenderedEmail ExpiredToRequester(string language, string recipientName, string askedFirm, string eventName, int priority, Guid eventId) =>
        LanguageOf.In(language, () => Compose(
            l["Your meeting request to {0} has expired", askedFirm], recipientName,
            [
                l["{0} did not answer your meeting request ({1}) for {2} in time, so the request has expired.", askedFirm, l[Priorities.Name(priority)], eventName],
                l["It no longer counts against your quota; you may send a new request."],
            ],
            l["Open my meeting requests"], eventId));

    /// <summary>To the firm that was asked: the request left its list of things to answer.</summary>
    public RenderedEmail ExpiredToRecipient(string language, string recipientName, string requesterFirm, string eventName, int priority, Guid eventId) =>
        LanguageOf.In(language, () => Compose(
            l["The meeting request from {0} has expired", requesterFirm], recipientName,
            [
                l["The meeting request ({0}) from {1} for {2} was not answered in time and can no longer be answered.", l[Priorities.Name(priority)], requesterFirm, eventName],
                l["If you still wish to meet {0}, you may send a request yourself.", requesterFirm],
            ],
            l["Open my meeting requests"], eventId));

    private RenderedEmail Compose(string subject, string recipientName, IReadOnlyList<string> paragraphs, string action, Guid eventId) =>
        EmailLayout.Compose(subject, l["Hello {0},", recipientName], paragraphs, action, $"{options.PublicBaseUrl}/events/{eventId}/meetings");
}
