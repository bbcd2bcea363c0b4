using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Identity;

namespace SupplierMeetups.IntegrationTests.Platform.HostileInput;

/// <summary>
/// Walks every JSON operation of the OpenAPI document as an organizer and sends it hostile bodies and query strings:
/// nothing may answer 5xx, every error is a problem document, and NUL or other control characters are always refused.
/// </summary>
public sealed class ApiHostileInputTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly string[] MalformedBodies = ["{", "{\"name\":", "[1,", "nul", "\"\\u0000\"", "{\"a\":1}}", "{\"a\":\"\\ud800\"}", "12"];

    [Fact]
    public async Task EveryJsonOperation_WhenSentHostileBodies_AnswersProblemsWithoutServerErrors()
    {
        var (client, operations, samples) = await ArrangeAsync();
        var failures = new List<string>();
        var sent = 0;

        foreach (var op in operations.Where(o => o.BodySchema is not null))
        {
            var valid = samples.Sample(op.BodySchema!.Value);
            foreach (var (name, body, mustBeRefused) in JsonSamples.Variants(valid))
            {
                sent++;
                await CheckAsync(client, op, Json(body?.ToJsonString() ?? "null"), name, mustBeRefused, failures);
            }
            foreach (var text in MalformedBodies)
            {
                sent++;
                await CheckAsync(client, op, Json(text), $"malformed {text}", mustBeRefused: true, failures);
            }
        }

        Assert.True(sent > 500, $"only {sent} hostile requests were built: the walk found too few operations");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} hostile requests were mishandled:\n" + string.Join('\n', failures.Take(60)));
    }

    [Fact]
    public async Task EveryOperation_WhenQueryCarriesControlCharacters_AnswersProblem400()
    {
        var (client, operations, _) = await ArrangeAsync();
        var failures = new List<string>();

        foreach (var op in operations)
        {
            var names = op.QueryParameters.Count > 0 ? op.QueryParameters : ["q"];
            var query = string.Join('&', names.Select(n => $"{n}=a%00b"));
            var request = new HttpRequestMessage(new HttpMethod(op.Method), $"{op.Url}?{query}") { Content = op.BodySchema is null ? null : Json("{}") };
            var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            if ((int)response.StatusCode is not (400 or 401 or 403 or 404 or 405) || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{op.Method} {op.Url}?{query}: {(int)response.StatusCode} {response.Content.Headers.ContentType}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private async Task<(HttpClient Client, List<Operation> Operations, JsonSamples Samples)> ArrangeAsync()
    {
        var client = await factory.SignedInAsync(PlatformFactory.OrganizerEmail, "en-US");
        var eventId = await factory.CreateEventAsync();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
        var operations = Operation.All(document, eventId)
            // Signing out or refreshing would end the walk's own session.
            .Where(o => !o.Url.Contains("/auth/", StringComparison.Ordinal) || o.Url.EndsWith("/confirm-email", StringComparison.Ordinal) || o.Url.EndsWith("/register", StringComparison.Ordinal))
            .ToList();
        return (client, operations, new JsonSamples(document.GetProperty("components")));
    }

    private static async Task CheckAsync(HttpClient client, Operation op, HttpContent body, string variant, bool mustBeRefused, List<string> failures)
    {
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(op.Method), op.Url) { Content = body }, TestContext.Current.CancellationToken);
        var status = (int)response.StatusCode;
        var type = response.Content.Headers.ContentType?.MediaType;
        if (status >= 500
            || status >= 400 && type != "application/problem+json"
            || mustBeRefused && status < 400)
        {
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            failures.Add($"{op.Method} {op.Template} [{variant}]: {status} {type} {text[..Math.Min(text.Length, 200)]}");
        }
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private sealed record Operation(string Method, string Template, string Url, JsonElement? BodySchema, List<string> QueryParameters)
    {
        public static IEnumerable<Operation> All(JsonElement document, Guid eventId)
        {
            foreach (var path in document.GetProperty("paths").EnumerateObject())
            {
                var url = System.Text.RegularExpressions.Regex.Replace(path.Name, "{([^}]+)}",
                    m => m.Groups[1].Value is "id" or "eventId" ? eventId.ToString() : Guid.NewGuid().ToString());
                foreach (var method in path.Value.EnumerateObject())
                {
                    JsonElement? schema = method.Value.TryGetProperty("requestBody", out var body)
                                          && body.GetProperty("content").TryGetProperty("application/json", out var json)
                        ? json.GetProperty("schema")
                        : null;
                    var query = method.Value.TryGetProperty("parameters", out var parameters)
                        ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList()
                        : [];
                    yield return new Operation(method.Name.ToUpperInvariant(), path.Name, url, schema, query);
                }
            }
        }
    }
}
