using System.Text.Json.Serialization;

namespace SupplierMeetups.Web.Registration.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<ParticipationType>))]
public enum ParticipationType
{
    Exhibitor,
    Supplier,
    Prime,
}

[JsonConverter(typeof(JsonStringEnumConverter<ParticipationStatus>))]
public enum ParticipationStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>
/// The one way a participation's type and status are shown to people (pages, e-mails, CSV), in their language;
/// the enum names themselves are for programs (the API, CSS classes) only.
/// </summary>
public static class ParticipationNames
{
    public static string Type(ParticipationType type, Microsoft.Extensions.Localization.IStringLocalizer l) => type switch
    {
        ParticipationType.Exhibitor => l["Exhibitor (with a booth)"],
        ParticipationType.Supplier => l["Supplier (B2B meetings only)"],
        _ => l["Prime contractor"],
    };

    public static string Status(ParticipationStatus status, Microsoft.Extensions.Localization.IStringLocalizer l) => status switch
    {
        ParticipationStatus.Approved => l["Approved"],
        ParticipationStatus.Rejected => l["Rejected"],
        _ => l["Awaiting approval"],
    };
}
