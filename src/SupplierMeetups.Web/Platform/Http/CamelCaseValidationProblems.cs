using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace SupplierMeetups.Web.Platform.Http;

/// <summary>
/// API validation errors are keyed by the JSON names the client sent ("meetingDays[0].start"), whether the
/// message came from an attribute, a record parameter or an object-level rule.
/// </summary>
internal static class CamelCaseValidationProblems
{
    public static IActionResult Create(ActionContext context)
    {
        var errors = context.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .GroupBy(entry => JsonKey(entry.Key))
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage).Distinct().ToArray());
        var factory = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        var problem = factory.CreateValidationProblemDetails(context.HttpContext, context.ModelState, StatusCodes.Status400BadRequest);
        problem.Errors = errors;
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    private static string JsonKey(string key) =>
        string.Join('.', key.TrimStart('$', '.').Split('.').Select(part => JsonNamingPolicy.CamelCase.ConvertName(part)));
}
