namespace SupplierMeetups.Web.CheckIn.Redeem;

/// <summary>The door's answer to one scan; sent by name.</summary>
public enum ScanResult
{
    /// <summary>Let in: the badge is valid, for this event, now, and its holder was not inside.</summary>
    Admitted,
    /// <summary>Let out: the holder is now counted outside and may enter again.</summary>
    Exited,
    /// <summary>Refused: the holder already entered and has not left since.</summary>
    AlreadyInside,
    /// <summary>Refused: the badge was withdrawn, or its holder's data was erased.</summary>
    Revoked,
    /// <summary>Refused: a valid badge of another event.</summary>
    OtherEvent,
    /// <summary>Refused: scanned outside the event's days or the doors' opening hours, in the event's time zone.</summary>
    OutsideHours,
    /// <summary>Refused: the text is no badge token, or its signature does not match (forged or altered).</summary>
    NotABadge,
}
