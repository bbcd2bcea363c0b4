using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace SupplierMeetups.Web.Platform.Http;

/// <summary>
/// Gives a GET answer a strong <c>ETag</c> (a hash of its JSON body) and answers 304 Not Modified without a body when
/// the request's <c>If-None-Match</c> names it, so a client polling a list pays only for changes. The body is built
/// as usual and hashed here: correct whatever the list reads from, and cheaper for the network than for the server.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ETaggedAttribute : Attribute, IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) || context.Result is not ObjectResult { Value: { } value } result
            || (result.StatusCode ?? StatusCodes.Status200OK) != StatusCodes.Status200OK)
        {
            await next();
            return;
        }
        var options = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Mvc.JsonOptions>>().Value.JsonSerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(value, result.DeclaredType ?? value.GetType(), options);
        // The language changes the texts of an answer, so it is part of the tag.
        var language = System.Text.Encoding.UTF8.GetBytes(System.Globalization.CultureInfo.CurrentUICulture.Name);
        var tag = $"\"{Convert.ToHexStringLower(SHA256.HashData([.. body, .. language]))[..32]}\"";
        http.Response.Headers.ETag = tag;
        if (Matches(http.Request.Headers.IfNoneMatch, tag))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
        }
        await next();
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string tag) =>
        ifNoneMatch.SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim()).Any(v => v == "*" || v == tag || v == "W/" + tag);
}
