using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.Web.Platform.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>, kept true to the answers: enums by name (the serializer's
/// converter in the document too), computed properties read-only, the XML comments as descriptions, the bearer
/// scheme, and for each list marked <see cref="ETaggedAttribute"/> its <c>If-None-Match</c> header and 304 answer.
/// OpenAPI 3.0, which every client generator reads.
/// </summary>
internal static class ApiDocumentation
{
    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        // The document describes schemas with these options (not MVC's), so enums must be strings here as well.
        // Numbers are documented as numbers only (the server also reads "3" for 3, which no client needs to know).
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddOpenApi("v1", o =>
        {
            o.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            o.AddDocumentTransformer(DescribeAsync);
            o.AddSchemaTransformer(MarkComputedAsync);
            o.AddOperationTransformer(DescribeETagAsync);
            o.AddOperationTransformer(DescribeSignInAsync);
            o.AddOperationTransformer(CamelCaseQueryAsync);
            o.AddOperationTransformer(NameAsync);
            o.AddOperationTransformer(DescribeFilesAsync);
        });
        return services;
    }

    private static Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "SupplierMeetups API";
        document.Info.Description =
            "Event registration and B2B matchmaking for defense-industry supplier fairs. Sign in at POST /api/v1/auth/login and send the " +
            "access token as 'Authorization: Bearer …'. Errors are RFC 7807 problem details (application/problem+json) in the caller's " +
            "language (Accept-Language: tr-TR or en-US). Enums travel by name. Growing lists are paged with ?page= (from 1) and " +
            "?pageSize= (1–200, default 50) and answer {items, page, pageSize, total}; they carry an ETag: send it back in " +
            "If-None-Match and an unchanged list answers 304 without a body. Meeting priority: 3 = must meet (the highest), " +
            "2 = should meet, 1 = nice to meet.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The accessToken of POST /api/v1/auth/login (refresh it at POST /api/v1/auth/refresh).",
        };
        // An enum first met as a nullable property lists null among its values in its shared schema, which then claims
        // null for every use, and NSwag reads it as an empty class instead of an enum. Null belongs to the property,
        // which is documented as oneOf [null, the enum] already.
        foreach (var schema in (document.Components.Schemas ?? new Dictionary<string, IOpenApiSchema>()).Values.OfType<OpenApiSchema>())
        {
            if (schema.Enum is { Count: > 0 } values && values.Any(v => v is null))
            {
                schema.Enum = values.Where(v => v is not null).ToList();
            }
            // Enums travel by name: say they are strings, or NSwag writes an enum its serializer reads only as a number.
            if (schema.Enum is { Count: > 0 } names && schema.Type is null
                && names.All(v => v is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String))
            {
                schema.Type = JsonSchemaType.String;
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>A property the server computes (no setter) is never input: read-only in the document.</summary>
    private static Task MarkComputedAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is { Set: null } property && property.Get is not null)
        {
            schema.ReadOnly = true;
        }
        return Task.CompletedTask;
    }

    /// <summary>Operations that need a sign-in say so (the bearer scheme) and name the roles; anonymous ones do not.</summary>
    private static async Task DescribeSignInAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any())
        {
            return;
        }
        var authorize = metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().ToList();
        if (authorize.Count == 0)
        {
            return;
        }
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", context.Document)] = [] });
        var roles = authorize.Select(a => a.Roles).Where(r => !string.IsNullOrEmpty(r)).ToList();
        var who = roles.Count == 0 ? "Any signed-in user." : $"Roles: {string.Join("; ", roles)}.";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? who : $"{operation.Description}\n\n{who}";
        operation.Responses ??= [];
        // The refusals of sign-in and roles are problem details too (Platform/Http's status code pages).
        var problem = await context.GetOrCreateSchemaAsync(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), cancellationToken: cancellationToken);
        OpenApiResponse Refusal(string description) => new()
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
        };
        operation.Responses.TryAdd("401", Refusal("Not signed in (no or an expired bearer token)."));
        operation.Responses.TryAdd("403", Refusal("Signed in, but not allowed to do this."));
    }

    /// <summary>
    /// Every operation has an id "Controller_Action" (<c>Badges_List</c>, <c>CertificateProofs_Upload</c>), so that generated
    /// clients get one class per controller and readable method names.
    /// </summary>
    private static Task NameAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor is ControllerActionDescriptor action)
        {
            operation.OperationId ??= $"{action.ControllerName}_{action.ActionName}";
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// A download (an action that produces only non-JSON types: a PDF, a CSV, an image) answers a file: its success answer
    /// says so with a binary schema per type, which generated clients read as a file (NSwag's FileResponse) instead of no
    /// answer at all. Without it, <c>[ProducesResponseType(200)]</c> or no attribute documents an empty 200, and even a
    /// <c>Stream</c> answer lists the controller's <c>application/json</c> beside the file's type, with no schema.
    /// </summary>
    private static Task DescribeFilesAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor is not ControllerActionDescriptor action
            || action.MethodInfo.GetCustomAttributes(typeof(Microsoft.AspNetCore.Mvc.ProducesAttribute), inherit: false) is not [Microsoft.AspNetCore.Mvc.ProducesAttribute produces])
        {
            return Task.CompletedTask;
        }
        var files = produces.ContentTypes.Select(t => t.Split(';')[0].Trim()).Where(t => !t.Contains("json", StringComparison.Ordinal)).ToList();
        if (files.Count == 0 || files.Count != produces.ContentTypes.Count(t => !t.Contains("problem+json", StringComparison.Ordinal)))
        {
            return Task.CompletedTask;
        }
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (status is not ("200" or "201") || response is not OpenApiResponse answer)
            {
                continue;
            }
            // Only the file's types: the controller's application/json would otherwise stand beside them, with no schema.
            answer.Content = files.ToDictionary(t => t, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } });
        }
        return Task.CompletedTask;
    }

    /// <summary>Query parameters by their camel-case names (<c>pageSize</c>, not <c>PageSize</c>), as JSON names are; binding ignores case.</summary>
    private static Task CamelCaseQueryAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query && p.Name is { Length: > 0 }))
        {
            parameter.Name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
        }
        return Task.CompletedTask;
    }

    private static Task DescribeETagAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor is not ControllerActionDescriptor action
            || !action.MethodInfo.IsDefined(typeof(ETaggedAttribute), inherit: false))
        {
            return Task.CompletedTask;
        }
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Required = false,
            Description = "The ETag of an earlier answer: when the list has not changed since, the answer is 304 without a body.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        operation.Responses ??= [];
        operation.Responses["304"] = new OpenApiResponse { Description = "Not modified: the ETag sent in If-None-Match is still the list's." };
        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse okResponse)
        {
            okResponse.Headers ??= new Dictionary<string, IOpenApiHeader>();
            okResponse.Headers["ETag"] = new OpenApiHeader { Description = "The list's version; send it back in If-None-Match.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        }
        return Task.CompletedTask;
    }
}
