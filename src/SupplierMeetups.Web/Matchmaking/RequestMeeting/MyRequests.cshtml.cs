using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Identity;
using SupplierMeetups.Web.Matchmaking.AnswerRequest;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Matchmaking.RequestMeeting;

/// <summary>The signed-in firm's requests, received and sent, with the forms to answer or cancel them.</summary>
[Authorize(Roles = Roles.Prime + "," + Roles.Supplier)]
public sealed class MyRequestsModel(AppDbContext db, IEventClosure closure, Participants participants, AnswerRequestService answers, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    public FirmCard? Me { get; private set; }
    public IReadOnlyList<MeetingRequest> Received { get; private set; } = [];
    public IReadOnlyList<MeetingRequest> Sent { get; private set; } = [];
    public IReadOnlyDictionary<Guid, FirmCard> Firms { get; private set; } = new Dictionary<Guid, FirmCard>();
    public DateTimeOffset Now { get; private set; }

    /// <summary>For a supplier: the approved primes it may ask (primes find suppliers in the catalog).</summary>
    public IReadOnlyList<FirmCard> Primes { get; private set; } = [];
    public string? Message { get; private set; }
    public bool IsOver { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken cancellationToken) =>
        await AfterAsync((await answers.AcceptAsync(EventId, await MeAsync(cancellationToken), id, cancellationToken)).Refusal, cancellationToken);

    public async Task<IActionResult> OnPostDeclineAsync(Guid id, [MultilineText] string? reason, CancellationToken cancellationToken) =>
        await AfterAsync((await answers.DeclineAsync(EventId, await MeAsync(cancellationToken), id, reason, cancellationToken)).Refusal, cancellationToken);

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken) =>
        await AfterAsync((await answers.CancelAsync(EventId, await MeAsync(cancellationToken), asOrganizer: false, id, cancellationToken)).Refusal, cancellationToken);

    private Task<FirmCard?> MeAsync(CancellationToken cancellationToken) => participants.SignedInAsync(EventId, User, cancellationToken);

    private async Task<IActionResult> AfterAsync(Refusal? refusal, CancellationToken cancellationToken)
    {
        if (refusal is null)
        {
            return Redirect($"/events/{EventId}/meetings");
        }
        Message = refusal.Message;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Me = await MeAsync(cancellationToken);
        if (Me is null)
        {
            return false;
        }
        var id = Me.ParticipationId;
        var mine = await db.Set<MeetingRequest>().AsNoTracking()
            .Where(r => r.EventId == EventId && (r.PrimeId == id || r.SupplierId == id)).OrderByDescending(r => r.CreatedAt).ToListAsync(cancellationToken);
        Received = mine.Where(r => r.RecipientId == id).ToList();
        Sent = mine.Where(r => r.RequesterId == id).ToList();
        Firms = await participants.ManyAsync(EventId, mine.Select(r => r.CounterpartOf(id)).Distinct().ToList(), cancellationToken);
        Now = clock.GetUtcNow();
        IsOver = await closure.IsOverAsync(EventId, cancellationToken);
        if (!Me.IsPrime)
        {
            Primes = (await participants.AllAsync(EventId, cancellationToken)).Values
                .Where(f => f.IsPrime && f.Status == Registration.Contracts.ParticipationStatus.Approved).OrderBy(f => f.ShortName, Platform.Localization.TurkishText.Order).ToList();
        }
        return true;
    }
}
