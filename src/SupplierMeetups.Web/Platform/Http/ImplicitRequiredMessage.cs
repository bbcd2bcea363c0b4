using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace SupplierMeetups.Web.Platform.Http;

/// <summary>
/// The "required" that MVC adds by itself to non-nullable properties has no message of ours, so it would answer in
/// English ("The X field is required."); it gets the one every explicit [Required] uses, translated like them.
/// </summary>
public sealed class ImplicitRequiredMessage : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var required in context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>())
        {
            if (required.ErrorMessage is null && required.ErrorMessageResourceName is null)
            {
                required.ErrorMessage = ValidationMessages.Required;
            }
        }
    }
}
