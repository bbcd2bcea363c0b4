using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Exhibition.AssignBooth;

public static class AssignMessages
{
    public static string For(AssignOutcome outcome, IStringLocalizer<SharedResource> l) => outcome switch
    {
        AssignOutcome.NotFound => l["There is no such booth."],
        AssignOutcome.StaleVersion => l["Another organizer changed this booth a moment ago. Reload the plan and check before you assign it."],
        AssignOutcome.HeldByAnotherFirm => l["This booth is held by another firm. Release it first."],
        AssignOutcome.NotAvailable => l["This booth is blocked or reserved."],
        AssignOutcome.NotAnApprovedExhibitor => l["The firm is not an approved exhibitor of this event."],
        AssignOutcome.FirmHasABooth => l["The firm holds a booth already, and this event gives one booth per firm."],
        _ => "",
    };
}
