using System.ComponentModel.DataAnnotations;
using SupplierMeetups.Web.Platform.Http;
using SupplierMeetups.Web.Platform.Http.Input;
using SupplierMeetups.Web.Registration.Certificates;

namespace SupplierMeetups.Web.Registration.EditFirm;

/// <summary>The firm's profile and, when given, its qualifications (certificates are managed on the qualifications page).</summary>
public sealed class FirmUpdateInput : FirmProfileInput
{
    public QualificationsInput? Qualifications { get; set; }
}
