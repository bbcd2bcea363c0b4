
namespace SupplierMeetups.Web.Exhibition.Booths;

public sealed record BoothResponse(
    Guid Id, string Code, string Hall, decimal X, decimal Y, decimal Width, decimal Depth, decimal Area, BoothType Type, decimal Price,
    BoothStatus Status, Guid? FirmId, string? FirmName, DateTimeOffset? HeldUntil, Guid Version)
{
    /// <summary>Who holds a booth only on hold is the organizers' business; everyone sees confirmed assignments.</summary>
    public static BoothResponse From(BoothView v, bool organizer)
    {
        var showFirm = organizer || v.Status == BoothStatus.Assigned;
        var b = v.Booth;
        return new BoothResponse(b.Id, b.Code, b.HallName, b.X, b.Y, b.Width, b.Depth, b.Area, b.Type, b.Price,
            organizer || v.Status != BoothStatus.Held ? v.Status : BoothStatus.Reserved,
            showFirm ? v.FirmId : null, showFirm ? v.FirmName : null, organizer ? v.HeldUntil : null, b.Version);
    }
}

public sealed class AssignmentInput
{
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = Platform.Http.ValidationMessages.Required), System.ComponentModel.DataAnnotations.Display(Name = "Firm")]
    public Guid? FirmId { get; set; }

    /// <summary>The booth version you read; if the booth changed since, the answer is 409.</summary>
    public Guid? Version { get; set; }

    /// <summary>True: hold the booth for the firm for the event's hold time; false: confirm it (the firm is told by e-mail).</summary>
    public bool Hold { get; set; }
}

public sealed record ReasonResponse(string Kind, string? Detail, string Text);

public sealed record PlacementResponse(Guid FirmId, string FirmName, Guid BoothId, string BoothCode, bool Kept, IReadOnlyList<ReasonResponse> Reasons);

public sealed record UnplacedResponse(Guid FirmId, string FirmName, ReasonResponse Reason);

public sealed record ProposalResponse(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset? ConfirmedAt, IReadOnlyList<PlacementResponse> Placements, IReadOnlyList<UnplacedResponse> Unplaced);

public sealed class PlacementChange
{
    /// <summary>The booth to put the firm on; null takes the firm off the proposal.</summary>
    public Guid? BoothId { get; set; }
}
