using Microsoft.AspNetCore.Mvc.ModelBinding;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.UnitTests.Platform;

/// <summary>Pages show a refusal where the person can act on it: at its field, or above the form.</summary>
public sealed class RefusalTests
{
    [Fact]
    public void AddTo_WhenTheRefusalNamesAField_PutsTheMessageAtThatFieldUnderThePrefix()
    {
        var modelState = new ModelStateDictionary();

        Refusal.AtField("TaxNumber", "Vergi numarası geçersiz.").AddTo(modelState, "Input");

        Assert.Equal("Vergi numarası geçersiz.", Assert.Single(modelState["Input.TaxNumber"]!.Errors).ErrorMessage);
    }

    [Fact]
    public void AddTo_WhenTheRefusalNamesNoField_PutsTheMessageAboveTheForm()
    {
        var modelState = new ModelStateDictionary();

        new Refusal("Bu şimdi yapılamaz.", 409).AddTo(modelState, "Input");

        Assert.Equal("Bu şimdi yapılamaz.", Assert.Single(modelState[string.Empty]!.Errors).ErrorMessage);
    }
}
