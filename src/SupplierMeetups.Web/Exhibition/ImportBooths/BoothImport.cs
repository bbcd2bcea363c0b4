using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Platform.Localization;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Exhibition.ImportBooths;

/// <summary>
/// Creates or updates booths from CSV text, for the import page and its API. A booth whose code exists is updated
/// (codes are unique per event), so the same file imported twice leaves the same booths. Any fault (a line that cannot be
/// read, an unknown hall, an overlap) refuses the whole file and leaves every booth as it was.
/// </summary>
public sealed class BoothImport(IEventQueries events, BoothStore store, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<IReadOnlyList<Booth>>> ImportAsync(Guid eventId, string text, CancellationToken cancellationToken)
    {
        if (await events.FindAsync(eventId, cancellationToken) is null) return new Refusal(l["There is no such event."], StatusCodes.Status404NotFound);
        if (!ControlCharacters.IsAllowed(text, multiline: true)) return Refusal.AtField(string.Empty, l["This entry must not contain control characters."]);
        var (booths, errors) = BoothCsv.Parse(text, l);
        if (errors.Count > 0) return Refusal.Of(errors.Select(e => Refusal.AtField(string.Empty, e)).ToList())!;
        return await store.SaveOrRefuseAsync(eventId, booths, updateByCode: true, cancellationToken);
    }
}
