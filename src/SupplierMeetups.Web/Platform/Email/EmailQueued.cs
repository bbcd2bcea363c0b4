namespace SupplierMeetups.Web.Platform.Email;

/// <summary>Published after the transaction that wrote the e-mail commits: the fast path to sending it.</summary>
public sealed record EmailQueued(Guid EmailId);
