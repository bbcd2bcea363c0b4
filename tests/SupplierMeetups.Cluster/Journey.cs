using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SupplierMeetups.Cluster;

/// <summary>
/// A fair from the first click to the badge, every step over HTTP through the balancer, so that consecutive steps
/// land on either instance: an organizer creates an event and invites a prime; a supplier signs up, confirms its
/// address from the e-mail, names a representative and is approved; it asks the prime for a meeting, the prime
/// accepts, the organizer drafts and publishes the schedule, and the supplier downloads the representative's badge.
/// </summary>
public sealed partial class Journey(Cluster cluster, string domain, HttpTally tally)
{
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(60);

    public string PrimeContact => $"prime@{domain}";

    public string SupplierContact => $"supplier@{domain}";

    public string Representative => $"temsilci@{domain}";

    /// <summary>The e-mails the journey owes, per recipient and kind.</summary>
    public IReadOnlyDictionary<(string To, string Kind), int> Owed => new Dictionary<(string, string), int>
    {
        [(PrimeContact, "prime-invitation")] = 1,
        [(PrimeContact, "meeting-request-received")] = 1,
        [(PrimeContact, "agenda-changed")] = 1,
        [(SupplierContact, "account-confirmation")] = 1,
        [(SupplierContact, "firm-approved")] = 1,
        [(SupplierContact, "meeting-request-accepted")] = 1,
        [(SupplierContact, "agenda-changed")] = 1,
        [(Representative, "badge")] = 1,
    };

    /// <summary>Runs every step; returns the badge PDF's size. Throws at the first step that did not answer as it should.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        using var organizer = await cluster.SignedInAsync(Cluster.OrganizerEmail, Cluster.Password, ct);
        var eventId = await ClusterApi.CreateEventAsync(organizer, domain, tally, ct);

        await InvitePrimeAsync(eventId, ct);
        var primeLink = Link(await cluster.Mail.WaitForTextAsync(PrimeContact, "prime-invitation", MailTimeout, ct), "/account/reset-password");
        using (var anonymous = cluster.Client())
        {
            await ExpectAsync("set the prime's password", anonymous.PostAsJsonAsync("/api/v1/auth/reset-password",
                new { email = PrimeContact, code = Query(primeLink, "code"), newPassword = Cluster.Password }, ct), HttpStatusCode.NoContent, ct);
        }

        using (var anonymous = cluster.Client())
        {
            await ExpectAsync("sign the supplier up", anonymous.PostAsJsonAsync($"/api/v1/events/{eventId}/firms", new
            {
                contactFullName = "Mustafa Büyükeğen",
                contactEmail = SupplierContact,
                contactPassword = Cluster.Password,
                legalName = "İŞBİR Elektrik Sanayi A.Ş.",
                shortName = "İŞBİR Elektrik",
                country = "DE",
                city = "Köln",
                address = "Industriestraße 1",
                employees = 120,
                capabilities = Array.Empty<string>(),
                type = "Supplier",
                acceptConsent = true,
            }, ct), HttpStatusCode.Created, ct);
            var confirmLink = Link(await cluster.Mail.WaitForTextAsync(SupplierContact, "account-confirmation", MailTimeout, ct), "/account/confirm-email");
            await ExpectAsync("confirm the supplier's address", anonymous.PostAsJsonAsync("/api/v1/auth/confirm-email",
                new { userId = Query(confirmLink, "userId"), code = Query(confirmLink, "code") }, ct), HttpStatusCode.NoContent, ct);
        }

        using var supplier = await cluster.SignedInAsync(SupplierContact, Cluster.Password, ct);
        using var prime = await cluster.SignedInAsync(PrimeContact, Cluster.Password, ct);
        var firms = (await ExpectAsync("list the firms", organizer.GetAsync($"/api/v1/events/{eventId}/firms", ct), HttpStatusCode.OK, ct))
            .GetProperty("items").EnumerateArray().ToList();
        var supplierFirm = firms.Single(f => f.GetProperty("type").GetString() == "Supplier").GetProperty("firmId").GetGuid();
        var primeFirm = firms.Single(f => f.GetProperty("type").GetString() == "Prime").GetProperty("firmId").GetGuid();
        var people = $"/api/v1/events/{eventId}/firms/{supplierFirm}/people";
        var personId = (await ExpectAsync("name a representative", supplier.PostAsJsonAsync(people,
            new { fullName = "Gülşen Öztürk", email = Representative }, ct), HttpStatusCode.Created, ct)).GetProperty("id").GetGuid();

        await ExpectAsync("approve the supplier", organizer.PostAsync($"/api/v1/events/{eventId}/firms/{supplierFirm}/approve", null, ct), HttpStatusCode.OK, ct);

        var requestId = (await ExpectAsync("request a meeting", supplier.PostAsJsonAsync($"/api/v1/events/{eventId}/meeting-requests",
            new { firmId = primeFirm, priority = 3, note = "Kablo demetleri" }, ct), HttpStatusCode.Created, ct)).GetProperty("id").GetGuid();
        await ExpectAsync("accept the meeting", prime.PostAsync($"/api/v1/events/{eventId}/meeting-requests/{requestId}/accept", null, ct), HttpStatusCode.OK, ct);

        var draft = await ExpectAsync("draft the schedule", organizer.PostAsync($"/api/v1/events/{eventId}/schedule/draft", null, ct), HttpStatusCode.OK, ct);
        await ExpectAsync("publish the schedule", organizer.PostAsJsonAsync($"/api/v1/events/{eventId}/schedule/publish",
            new { version = draft.GetProperty("version").GetGuid() }, ct), HttpStatusCode.OK, ct);

        using var badge = await supplier.GetAsync($"{people}/{personId}/badge", ct);
        tally.Record("download the badge", (int)badge.StatusCode);
        var pdf = await badge.Content.ReadAsByteArrayAsync(ct);
        if (badge.StatusCode != HttpStatusCode.OK || badge.Content.Headers.ContentType?.MediaType != "application/pdf" || !pdf.AsSpan().StartsWith("%PDF"u8))
        {
            throw new InvalidOperationException($"download the badge: {(int)badge.StatusCode} {badge.Content.Headers.ContentType}, {pdf.Length} bytes");
        }
        return pdf.Length;
    }

    /// <summary>Primes join by invitation, on the organizers' page only: a cookie sign-in and a form with its antiforgery token.</summary>
    private async Task InvitePrimeAsync(Guid eventId, CancellationToken ct)
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies })
        {
            BaseAddress = new Uri(cluster.Balancer.BaseUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };
        await PostFormAsync(browser, "/account/login", "sign the organizer in on the pages", new()
        {
            ["Input.Email"] = Cluster.OrganizerEmail,
            ["Input.Password"] = Cluster.Password,
        }, ct);
        var invited = await PostFormAsync(browser, $"/organizer/events/{eventId}/primes/invite", "invite the prime", new()
        {
            ["Input.ContactFullName"] = "Ayşe Yılmaz",
            ["Input.ContactEmail"] = PrimeContact,
            ["Input.Language"] = "tr",
            ["Input.LegalName"] = "ASELSAN Elektronik Sanayi ve Ticaret A.Ş.",
            ["Input.ShortName"] = "ASELSAN",
            ["Input.Country"] = "DE",
            ["Input.City"] = "Ankara",
            ["Input.Address"] = "Yenimahalle",
            ["Input.Employees"] = "10000",
        }, ct);
        if (!invited.Contains("invited=true", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"invite the prime: redirected to {invited}");
        }
    }

    /// <summary>Posts a server-rendered form as a browser would; returns where the answer redirects to.</summary>
    private async Task<string> PostFormAsync(HttpClient browser, string page, string step, Dictionary<string, string> fields, CancellationToken ct)
    {
        using var form = await browser.GetAsync(page, ct);
        tally.Record(step + " (form)", (int)form.StatusCode);
        var html = await form.Content.ReadAsStringAsync(ct);
        var token = AntiforgeryToken().Match(html);
        if (form.StatusCode != HttpStatusCode.OK || !token.Success)
        {
            throw new InvalidOperationException($"{step}: GET {page} answered {(int)form.StatusCode} without a form token");
        }
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        using var posted = await browser.PostAsync(page, new FormUrlEncodedContent(fields), ct);
        tally.Record(step, (int)posted.StatusCode);
        if (posted.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{step}: POST {page} answered {(int)posted.StatusCode}: {Shorten(await posted.Content.ReadAsStringAsync(ct))}");
        }
        return posted.Headers.Location?.OriginalString ?? "";
    }

    private async Task<JsonElement> ExpectAsync(string step, Task<HttpResponseMessage> sending, HttpStatusCode expected, CancellationToken ct)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync(ct);
        tally.Record(step, (int)response.StatusCode, body);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{step}: expected {(int)expected}, got {(int)response.StatusCode}: {Shorten(body)}");
        }
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string Link(string text, string path)
    {
        var match = Regex.Match(text, $@"https?://\S+{Regex.Escape(path)}\?\S+");
        return match.Success ? match.Value : throw new InvalidOperationException($"no {path} link in the e-mail: {Shorten(text)}");
    }

    private static string Query(string link, string name)
    {
        var query = new Uri(link).Query.TrimStart('?');
        foreach (var pair in query.Split('&'))
        {
            var parts = pair.Split('=', 2);
            if (parts[0] == name) return Uri.UnescapeDataString(parts[1]);
        }
        throw new InvalidOperationException($"no {name} in {link}");
    }

    private static string Shorten(string text) => text.Length > 500 ? text[..500] : text;

    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex AntiforgeryToken();
}
