using System.Net;
using System.Text.Json;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.IntegrationTests.Api;

/// <summary>What the OpenAPI document tells an integrator, and the API reference page organizers read it on.</summary>
public sealed class OpenApiDocumentTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await factory.Anonymous().GetStringAsync("/openapi/v1.json", Ct)).RootElement.Clone();

    private static JsonElement Schema(JsonElement doc, string name) => doc.GetProperty("components").GetProperty("schemas").GetProperty(name);

    [Fact]
    public async Task Document_DescribesEnumsByNameComputedFieldsReadOnlyAndNoInternalParameters()
    {
        var doc = await DocumentAsync();

        Assert.Equal(["Exhibitor", "Supplier", "Prime", "Visitor", "Organizer", "Staff", "Press"],
            Schema(doc, "BadgeType").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["Active", "Revoked"], Schema(doc, "BadgeStatus").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.True(Schema(doc, "RegisterFirmInput").GetProperty("properties").GetProperty("isTurkish").GetProperty("readOnly").GetBoolean());
        var parameters = doc.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject())
            .SelectMany(o => o.Value.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(p => p.GetProperty("name").GetString()!).ToList();
        Assert.DoesNotContain(parameters, p => p.StartsWith("parsed", StringComparison.OrdinalIgnoreCase) || p.EndsWith("Value", StringComparison.Ordinal));
        Assert.Contains("pageSize", parameters);
        Assert.Contains("3 = must meet", Schema(doc, "RequestMeetingInput").GetProperty("properties").GetProperty("priority").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("integer", Schema(doc, "RequestMeetingInput").GetProperty("properties").GetProperty("priority").GetProperty("type").GetString());
        Assert.Contains("Revoked", Schema(doc, "BadgeStatus").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_GivesEachRoleItsOwnFirmListAndEachListItsPagingAndETag()
    {
        var doc = await DocumentAsync();
        var paths = doc.GetProperty("paths");

        string ResponseRef(string path) => paths.GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
        Assert.EndsWith("DirectoryPageOfDirectoryFirmResponse", ResponseRef("/api/v1/events/{eventId}/firms"), StringComparison.Ordinal);
        Assert.EndsWith("DirectoryPageOfPublicSupplierResponse", ResponseRef("/api/v1/events/{eventId}/suppliers"), StringComparison.Ordinal);
        foreach (var list in new[] { "/api/v1/events/{eventId}/firms", "/api/v1/events/{eventId}/meeting-requests", "/api/v1/events/{eventId}/badges", "/api/v1/events/{eventId}/checkins" })
        {
            var get = paths.GetProperty(list).GetProperty("get");
            Assert.True(get.GetProperty("responses").TryGetProperty("304", out _), list);
            Assert.Contains(get.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "If-None-Match");
            Assert.Contains(get.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "page");
        }
        var ids = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).Select(o => o.Value.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    /// <summary>
    /// Every answer with a body says what it is: a schema for JSON, a binary schema for a file (PDF, CSV, image), so that a
    /// generated client returns the object or a FileResponse, never nothing; and no enum lists null (NSwag read such an
    /// enum as an empty class), a nullable one is oneOf [null, the enum] at its property.
    /// </summary>
    [Fact]
    public async Task Document_GivesEverySuccessAnswerItsShape_AndEnumsNoNull()
    {
        var doc = await DocumentAsync();

        var shapeless = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Where: $"{o.Name.ToUpperInvariant()} {p.Name}", Operation: o.Value)))
            .SelectMany(o => o.Operation.GetProperty("responses").EnumerateObject().Where(r => r.Name is "200" or "201").Select(r => (o.Where, Response: r.Value)))
            .Where(r => !r.Response.TryGetProperty("content", out var content) || content.EnumerateObject().Any(m => !m.Value.TryGetProperty("schema", out _)))
            .Select(r => r.Where).ToList();
        var nullEnums = doc.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .Where(s => s.Value.TryGetProperty("enum", out var values) && values.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.Null))
            .Select(s => s.Name).ToList();

        Assert.True(shapeless.Count == 0, "no schema: " + string.Join(", ", shapeless));
        Assert.True(nullEnums.Count == 0, "enums listing null: " + string.Join(", ", nullEnums));
        var badge = doc.GetProperty("paths").GetProperty("/api/v1/events/{eventId}/firms/{firmId}/people/{personId}/badge").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.Equal(["application/pdf"], badge.EnumerateObject().Select(m => m.Name));
        Assert.Equal("binary", badge.GetProperty("application/pdf").GetProperty("schema").GetProperty("format").GetString());
    }

    /// <summary>
    /// The integrator's client checked in beside the tests (and used by <see cref="GeneratedClientJourneyTests"/>) is
    /// what NSwag generates from the current document, so it comes from the document alone and stays current. With
    /// SUPPLIERMEETUPS_REGENERATE_CLIENT=1 (tests/tools/generate-client.sh) it writes the file instead.
    /// </summary>
    [Fact]
    public async Task GeneratedClient_CheckedIn_IsWhatTheCurrentDocumentGenerates()
    {
        var api = await OpenApiContract.LoadAsync(factory);
        var code = IntegratorClientGenerator.Generate(api.Document);
        var path = IntegratorClientGenerator.CheckedInPath();
        if (Environment.GetEnvironmentVariable(IntegratorClientGenerator.RegenerateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, code, Ct);
        }

        var checkedIn = File.Exists(path) ? IntegratorClientGenerator.Normalized(await File.ReadAllTextAsync(path, Ct)) : "";
        Assert.True(checkedIn == code,
            $"{path} is not what the current OpenAPI document generates: run `bash tests/tools/generate-client.sh` and commit it. First difference at line "
            + (checkedIn.Split('\n').Zip(code.Split('\n')).TakeWhile(p => p.First == p.Second).Count() + 1));
        Assert.Contains("public partial class CertificatesClient", code, StringComparison.Ordinal);
        Assert.Contains("public partial class AgendaPdfClient", code, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiReference_IsForSignedInOrganizersOnly()
    {
        var organizer = await factory.SignedInPagesAsync(PlatformFactory.OrganizerEmail);
        var supplier = await factory.SignedInPagesAsync(await factory.CreateUserAsync(Roles.Supplier));

        var page = await organizer.GetAsync("/api/reference", Ct);
        if (page.StatusCode == HttpStatusCode.Redirect)
        {
            // Scalar sends the bare address on to its trailing-slash form, where its relative asset paths resolve.
            Assert.EndsWith("reference/", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
            page = await organizer.GetAsync("/api/reference/", Ct);
        }
        var html = await page.Content.ReadAsStringAsync(Ct);
        var dashboard = await organizer.GetStringAsync("/organizer/dashboard", Ct);
        var refused = await supplier.GetAsync("/api/reference", Ct);
        var anonymous = await factory.Anonymous().GetAsync("/api/reference", Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(html.Contains("openapi", StringComparison.Ordinal) && html.Contains("v1", StringComparison.Ordinal), html);
        Assert.Contains("nonce-", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("href=\"/api/reference/\"", dashboard, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.True(anonymous.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, anonymous.StatusCode.ToString());
    }
}
