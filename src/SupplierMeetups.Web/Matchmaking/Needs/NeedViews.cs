using SupplierMeetups.Web.Registration;

namespace SupplierMeetups.Web.Matchmaking.Needs;

/// <summary>A fit with the names to print it by, for the _Fit partial.</summary>
public sealed record FitView(Fit Fit, NeedLabels Labels);

/// <summary>What the need form's fields read from the page that shows it (publish or edit).</summary>
public interface INeedForm
{
    NeedInput Input { get; }
    IReadOnlyList<CapabilityNode> Capabilities { get; }

    /// <summary>The qualification codes to offer: the usual ones and any the need already names.</summary>
    IReadOnlyList<string> Qualifications { get; }
    NeedLabels? Labels { get; }
}
