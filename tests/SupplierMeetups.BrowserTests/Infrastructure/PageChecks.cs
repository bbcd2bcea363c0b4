using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.CheckIn.Redeem;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Matchmaking;
using SupplierMeetups.Web.Registration.Contracts;
using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.BrowserTests.Infrastructure;

/// <summary>
/// What a journey measures on each page beyond axe (issue 14, items 5 and 6): on a phone nothing wider than the
/// screen and every tap target at least 24 × 24 px or spaced as WCAG 2.2 2.5.8 allows; in Turkish no English word
/// in the visible text.
/// </summary>
public static class PageChecks
{
    /// <summary>
    /// The document, and no table or box in it, is wider than the viewport (a table in its own scroll box would
    /// not widen the document, but still makes the reader scroll sideways).
    /// </summary>
    public const string TooWide = """
        () => {
          const width = window.innerWidth, out = [];
          if (document.documentElement.scrollWidth > width) out.push(`the page is ${document.documentElement.scrollWidth} px wide`);
          for (const el of document.querySelectorAll('main *')) {
            if (!el.checkVisibility()) continue;
            const r = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            const scrolls = /(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'TEXTAREA';
            if (r.right > width + 1 || scrolls) {
              out.push(`${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).trim().replace(/\s+/g, '.') : ''} ${scrolls ? 'scrolls sideways' : 'reaches ' + Math.round(r.right) + ' px'}`);
              if (out.length > 5) break;
            }
          }
          return out;
        }
        """;

    /// <summary>
    /// Targets smaller than 24 × 24 px whose 24 px circle touches another target (or another small target's circle).
    /// A label and the control it names count as one target; a target inside another (a check box in its label) too.
    /// </summary>
    public const string SmallTargets = """
        () => {
          const sel = 'a[href], button, input:not([type=hidden]), select, textarea, label[for], summary, [role=button]';
          // A floor plan's booths are exempt where the page lists the same links beside it (an equivalent control).
          const equivalent = document.querySelector('[data-equivalent-of=floor-plan]');
          const all = [...document.querySelectorAll(sel)].filter(e => e.checkVisibility({ visibilityProperty: true }))
            .filter(e => !(equivalent && e.closest('svg.floor-plan')))
            .map(e => ({ e, r: e.getBoundingClientRect() })).filter(t => t.r.width > 0 && t.r.height > 0);
          const small = t => t.r.width < 23.5 || t.r.height < 23.5;
          const control = t => t.e.tagName === 'LABEL' ? document.getElementById(t.e.htmlFor) : null;
          const same = (a, b) => a.e.contains(b.e) || b.e.contains(a.e) || control(a) === b.e || control(b) === a.e
            || (control(a) && control(a) === control(b));
          const centre = t => [t.r.left + t.r.width / 2, t.r.top + t.r.height / 2];
          const out = [];
          for (const t of all) {
            if (!small(t)) continue;
            const c = control(t);
            if (c) { const cr = c.getBoundingClientRect(); if (cr.width >= 23.5 && cr.height >= 23.5) continue; }
            const [x, y] = centre(t);
            const crowded = all.find(o => o !== t && !same(t, o) && (
              Math.hypot(Math.max(o.r.left - x, 0, x - o.r.right), Math.max(o.r.top - y, 0, y - o.r.bottom)) < 12
              || (small(o) && Math.hypot(...centre(o).map((v, i) => v - [x, y][i])) < 24)));
            if (crowded) {
              const name = (t.e.innerText || t.e.value || t.e.getAttribute('aria-label') || t.e.name || '').trim().slice(0, 40);
              out.push(`${t.e.tagName.toLowerCase()} "${name}" ${Math.round(t.r.width)}×${Math.round(t.r.height)} px`);
            }
          }
          return out;
        }
        """;

    /// <summary>The visible text of the page, leaving out what is marked as another language or as code.</summary>
    public const string VisibleTurkishText = """
        () => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const parts = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement;
            if (!el || el.closest('script, style, template, code, kbd, [lang]:not([lang^=tr])') || !el.checkVisibility()) continue;
            parts.push(n.textContent);
          }
          for (const el of document.querySelectorAll('input[type=submit], input[type=button], option')) {
            if (!el.closest('[lang]:not([lang^=tr])')) parts.push(el.value && el.tagName === 'INPUT' ? el.value : el.textContent);
          }
          return parts.join(' ');
        }
        """;

    /// <summary>
    /// Words that would be English leaking into a Turkish page: the names of the app's enums as the code spells
    /// them (what a view shows when it forgets the display name), common interface words and the calendar's names.
    /// </summary>
    public static readonly IReadOnlySet<string> EnglishWords = new HashSet<string>(
        new[]
        {
            typeof(ParticipationType), typeof(ParticipationStatus), typeof(BadgeType), typeof(RequestStatus), typeof(Side),
            typeof(BoothType), typeof(BoothStatus), typeof(BoothRestriction), typeof(ScanResult), typeof(ScanDirection),
            typeof(BadgeStatus), typeof(IdentityDocumentKind),
        }.SelectMany(Enum.GetNames)
        .Concat([
            "Save", "Cancel", "Delete", "Remove", "Edit", "Back", "Next", "Previous", "Search", "Filter", "Status", "Yes",
            "Sign", "Register", "Download", "Upload", "Submit", "Send", "Approve", "Reject", "Booth", "Booths", "Stand",
            "Firm", "Firms", "Company", "Meeting", "Meetings", "Agenda", "Request", "Requests", "Email", "Name", "Date",
            "Time", "Table", "Tables", "Slot", "Slots", "Hall", "Badge", "Badges", "Visitors", "Suppliers", "Primes",
            "Exhibitors", "Organizers", "Participation", "Capabilities", "Capability", "Needs", "Need", "Catalog",
            "Profile", "Settings", "Dashboard", "Home", "Events", "Event", "Welcome", "Please", "Loading", "Error",
            "Page", "the", "your", "you", "with", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "AM", "PM",
        ]),
        StringComparer.Ordinal);

    /// <summary>The English words and capability codes found in a Turkish page's visible text.</summary>
    public static IReadOnlyList<string> EnglishIn(string text, IReadOnlySet<string> capabilityCodes) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")
            .Select(m => m.Value)
            .Where(w => EnglishWords.Contains(w) || capabilityCodes.Contains(w))
            .Distinct()];

    public static async Task<IReadOnlySet<string>> CapabilityCodesAsync(BrowserHost host)
    {
        await using var scope = host.Platform.Services.CreateAsyncScope();
        var terms = await scope.ServiceProvider.GetRequiredService<ICapabilityTaxonomy>().AllAsync(CancellationToken.None);
        // Codes that are Turkish words as well ("kalite") would not tell a leak from Turkish text.
        return terms.Where(t => t.Code.Contains('-', StringComparison.Ordinal) || !t.NameTr.Contains(t.Code, StringComparison.OrdinalIgnoreCase))
            .Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
    }
}
