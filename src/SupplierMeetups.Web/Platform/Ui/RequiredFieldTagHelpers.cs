using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace SupplierMeetups.Web.Platform.Ui;

/// <summary>
/// Required fields are marked on every form from the model's <see cref="RequiredAttribute"/>: the label gets the
/// class <c>required</c> (an asterisk in site.css), the field <c>required</c> and <c>aria-required</c>. Forms are
/// <c>novalidate</c>, so the browser does not stop a submission; the server's message at the field still decides.
/// Markup written without <c>asp-for</c> sets the same class and attributes by hand.
/// </summary>
public static class RequiredField
{
    public static bool IsRequired(ModelExpression? field) =>
        field?.Metadata.ValidatorMetadata.OfType<RequiredAttribute>().Any() == true;
}

[HtmlTargetElement("label", Attributes = "asp-for")]
public sealed class RequiredLabelTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (RequiredField.IsRequired(For))
        {
            var classes = output.Attributes["class"]?.Value?.ToString();
            output.Attributes.SetAttribute("class", string.IsNullOrEmpty(classes) ? "required" : classes + " required");
        }
    }
}

[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class RequiredInputTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    // After the framework's helpers, which write the type of the input.
    public override int Order => 100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (RequiredField.IsRequired(For) && output.Attributes["type"]?.Value?.ToString() != "hidden")
        {
            output.Attributes.SetAttribute("required", "required");
            output.Attributes.SetAttribute("aria-required", "true");
        }
    }
}

/// <summary>A form with a required field says once, at its top, what the asterisk means.</summary>
[HtmlTargetElement("form")]
public sealed class RequiredLegendTagHelper(IStringLocalizer<SharedResource> l) : TagHelper
{
    public override int Order => 100;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        if (content.GetContent().Contains("aria-required=\"true\"", StringComparison.Ordinal))
        {
            output.PreContent.AppendHtml("<p class=\"required-legend\">");
            output.PreContent.Append(l["Fields marked * are required."]);
            output.PreContent.AppendHtml("</p>");
        }
    }
}
