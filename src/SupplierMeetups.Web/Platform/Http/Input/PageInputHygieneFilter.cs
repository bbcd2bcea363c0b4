using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SupplierMeetups.Web.Platform.Http.Input;

/// <summary>
/// Pages marked <see cref="ShowsFieldErrorsAttribute"/> check the model state and show refused characters at the field.
/// Any other page's handler is not run when the form carried them (it might write them without checking): the
/// answer is the 400 error page.
/// </summary>
internal sealed class PageInputHygieneFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (InputHygieneValidatorProvider.WasRefused(context.HttpContext)
            && !context.HandlerInstance.GetType().IsDefined(typeof(ShowsFieldErrorsAttribute), inherit: true))
        {
            context.Result = new BadRequestResult();
            return;
        }
        await next();
    }
}

/// <summary>Every handler of this page checks <c>ModelState.IsValid</c> before it writes, so refused input is shown at its field.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ShowsFieldErrorsAttribute : Attribute;
