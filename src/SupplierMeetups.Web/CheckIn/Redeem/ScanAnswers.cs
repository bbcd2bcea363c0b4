using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.CheckIn.Redeem;

/// <summary>Words the answers, in the user's language, with times in the event's time zone.</summary>
public sealed class ScanAnswers(IStringLocalizer<SharedResource> l)
{
    internal ScanAnswer Compose(DoorScan scan, DoorBadge? badge, Presence? presence, string? insideGate, EventDays days, bool replayed)
    {
        var language = LanguageOf.Current;
        var showPerson = badge is not null && badge.EventId == scan.EventId && scan.Result != ScanResult.Revoked;
        var inside = scan.Result == ScanResult.AlreadyInside ? presence : null;
        var headline = Headline(scan.Result, l);
        string detail = scan.Result switch
        {
            ScanResult.AlreadyInside when inside?.LastEntryAt is { } since =>
                l["Entered at {0} through {1}, let in by {2}.", Local(since, days), insideGate ?? "?", inside.LastEntryStaffName ?? "?"],
            ScanResult.Revoked => l["This badge was withdrawn or its holder's data erased. Do not let them in with it."],
            ScanResult.OtherEvent => l["This badge is valid for another event, not for {0}.", days.Name(language)],
            ScanResult.OutsideHours => l["{0} runs from {1} to {2}; the doors are not open at {3}.",
                days.Name(language), DateText.Day(days.StartDate), DateText.Day(days.EndDate), Local(scan.ScannedAt, days)],
            ScanResult.NotABadge => l["The code is not a badge of this platform, or it was altered."],
            _ => "",
        };
        if (replayed)
        {
            detail = (detail + " " + l["This scan was already received; it counts once."]).Trim();
        }
        if (scan.Conflict)
        {
            detail = (detail + " " + l["The scanner let them in offline, but another gate had already admitted them."]).Trim();
        }
        return new ScanAnswer(scan.Result, ScanAnswer.ColourOf(scan.Result), headline, detail, badge?.Id,
            showPerson ? badge!.PersonName : null, showPerson ? badge!.Organization : null,
            badge?.Type, badge?.TypeLabel(language),
            inside?.LastEntryAt, inside is null ? null : insideGate, inside?.LastEntryStaffName,
            scan.ScannedAt, replayed, scan.Conflict);
    }

    /// <summary>The answer's headline in the user's language.</summary>
    public static string Headline(ScanResult result, IStringLocalizer l) => result switch
    {
        ScanResult.Admitted => l["Admitted"],
        ScanResult.Exited => l["Exit recorded"],
        ScanResult.AlreadyInside => l["Already inside"],
        ScanResult.Revoked => l["Badge revoked"],
        ScanResult.OtherEvent => l["Badge of another event"],
        ScanResult.OutsideHours => l["Outside the event's hours"],
        _ => l["Not a badge"],
    };

    private static string Local(DateTimeOffset at, EventDays days) =>
        DateText.Moment(at, days.TimeZone);
}
