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
