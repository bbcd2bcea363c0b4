using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using SupplierMeetups.Web.Platform.Http;

namespace SupplierMeetups.UnitTests.Platform;

public sealed class ImplicitRequiredMessageTests
{
    private static RequiredAttribute After(RequiredAttribute required)
    {
        var context = new ValidationMetadataProviderContext(ModelMetadataIdentity.ForType(typeof(string)), ModelAttributes.GetAttributesForType(typeof(string)));
        context.ValidationMetadata.ValidatorMetadata.Add(required);
        new ImplicitRequiredMessage().CreateValidationMetadata(context);
        return required;
    }

    [Fact]
    public void ImplicitRequired_WithoutAMessage_GetsTheTranslatedRequiredMessage() =>
        Assert.Equal(ValidationMessages.Required, After(new RequiredAttribute()).ErrorMessage);

    [Fact]
    public void ExplicitRequired_WithItsOwnMessage_KeepsIt() =>
        Assert.Equal("{0} is missing.", After(new RequiredAttribute { ErrorMessage = "{0} is missing." }).ErrorMessage);
}
