using System.Collections;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Platform.Http.Input;

/// <summary>
/// Gives every bound string (API bodies, forms, query and route parameters, list entries) the control-character rule
/// and every list the rule that it holds no null entries, so that no input type can forget them. The errors carry
/// the field's key ("capabilities[2]"), so the API's problem and the page show them at the field.
/// </summary>
internal sealed class InputHygieneValidatorProvider : IModelValidatorProvider
{
    public void CreateValidators(ModelValidatorProviderContext context)
    {
        var metadata = context.ModelMetadata;
        if (metadata.ModelType == typeof(string))
        {
            context.Results.Add(new ValidatorItem { Validator = new ControlCharacterValidator(IsMultiline(metadata)), IsReusable = true });
        }
        if (metadata.MetadataKind == ModelMetadataKind.Type && metadata.IsReferenceOrNullableType)
        {
            context.Results.Add(new ValidatorItem { Validator = NullEntryValidator.Instance, IsReusable = true });
        }
    }

    private static bool IsMultiline(ModelMetadata metadata) =>
        metadata.DataTypeName == nameof(DataType.MultilineText)
        || metadata.ValidatorMetadata.OfType<MultilineTextAttribute>().Any();

    internal static IStringLocalizer Localizer(ModelValidationContext context) =>
        context.ActionContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();

    /// <summary>Tells the page filter that a request carried refused characters (pages that ignore the model state are then stopped).</summary>
    internal static void MarkRefused(ModelValidationContext context) =>
        context.ActionContext.HttpContext.Items[typeof(InputHygieneValidatorProvider)] = true;

    internal static bool WasRefused(HttpContext http) => http.Items.ContainsKey(typeof(InputHygieneValidatorProvider));
}

internal sealed class ControlCharacterValidator(bool multiline) : IModelValidator
{
    public IEnumerable<ModelValidationResult> Validate(ModelValidationContext context)
    {
        if (context.Model is not string text || ControlCharacters.IsAllowed(text, multiline))
        {
            return [];
        }
        InputHygieneValidatorProvider.MarkRefused(context);
        var l = InputHygieneValidatorProvider.Localizer(context);
        var message = context.ModelMetadata.MetadataKind == ModelMetadataKind.Type
            ? multiline ? l["This entry must not contain control characters."] : l["This entry must not contain control characters such as line breaks."]
            : multiline
                ? l["{0} must not contain control characters.", context.ModelMetadata.GetDisplayName()]
                : l["{0} must not contain control characters such as line breaks.", context.ModelMetadata.GetDisplayName()];
        return [new ModelValidationResult("", message)];
    }
}

/// <summary>A null inside a list ("capabilities": ["A", null]) is refused where it is, instead of failing the code that reads the list.</summary>
internal sealed class NullEntryValidator : IModelValidator
{
    public static readonly NullEntryValidator Instance = new();

    public IEnumerable<ModelValidationResult> Validate(ModelValidationContext context)
    {
        if (context.Model is not null || context.Container is not IEnumerable || context.Container is string)
        {
            return [];
        }
        InputHygieneValidatorProvider.MarkRefused(context);
        return [new ModelValidationResult("", InputHygieneValidatorProvider.Localizer(context)["This entry must not be empty."])];
    }
}
