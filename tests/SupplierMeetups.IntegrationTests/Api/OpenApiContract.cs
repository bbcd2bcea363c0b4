using System.Text.RegularExpressions;
using NJsonSchema;
using NSwag;
using SupplierMeetups.IntegrationTests.Infrastructure;

namespace SupplierMeetups.IntegrationTests.Api;

/// <summary>
/// The app's own OpenAPI document, read by NSwag (as a client generator reads it), and a check of real answers against
/// it: the status must be documented for the operation, and a JSON body must validate against the documented schema.
/// </summary>
public sealed class OpenApiContract
{
    private readonly List<string> _problems = [];

    private OpenApiContract(OpenApiDocument document, string json) => (Document, Json) = (document, json);

    public OpenApiDocument Document { get; }
    public string Json { get; }
    public int Checked { get; private set; }
    public IReadOnlyList<string> Problems => _problems;

    public static async Task<OpenApiContract> LoadAsync(PlatformFactory factory)
    {
        var json = await factory.Anonymous().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        return new OpenApiContract(await OpenApiDocument.FromJsonAsync(json, TestContext.Current.CancellationToken), json);
    }

    /// <summary>Checks the answer against the operation of its method and path (matched to the document's path templates); returns it.</summary>
    public async Task<HttpResponseMessage> CheckAsync(HttpResponseMessage response)
    {
        var request = response.RequestMessage!;
        var method = request.Method.Method.ToLowerInvariant();
        var path = request.RequestUri!.AbsolutePath;
        var template = Document.Paths.Keys.FirstOrDefault(t => Regex.IsMatch(path, "^" + Regex.Replace(Regex.Escape(t), @"\\\{[^}]+\}", "[^/]+") + "$"));
        var where = $"{request.Method} {path} → {(int)response.StatusCode}";
        if (template is null || !Document.Paths[template].TryGetValue(method, out var operation))
        {
            _problems.Add($"{where}: no such operation in the document");
            return response;
        }
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.ActualResponses.TryGetValue(status, out var documented))
        {
            _problems.Add($"{where}: status not documented for {operation.OperationId}");
            return response;
        }
        Checked++;
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (!mediaType.Contains("json", StringComparison.Ordinal))
        {
            return response;
        }
        var schema = documented.ActualResponse.Content.Where(c => c.Key.Contains("json", StringComparison.Ordinal)).Select(c => c.Value.Schema).FirstOrDefault(s => s is not null);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (schema is null)
        {
            _problems.Add($"{where}: answers JSON, but the document gives no schema");
            return response;
        }
        foreach (var error in schema.Validate(body, SchemaType.OpenApi3))
        {
            _problems.Add($"{where}: {error.Path} {error.Kind} ({body[..Math.Min(body.Length, 300)]})");
        }
        return response;
    }
}
