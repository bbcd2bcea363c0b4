using SupplierMeetups.Web.Platform.Messaging;

namespace SupplierMeetups.Web.Registration.Contracts;

/// <summary>A registered visitor confirmed their e-mail address (first time only).</summary>
public sealed record VisitorConfirmed(Guid EventId, Guid VisitorId, string FullName, string Organization, string Email, string Language) : IModuleEvent;

/// <summary>
/// A person's data was erased (a visitor, a firm's representative, or a firm contact's account): what other modules
/// keep of them by this id goes too, in the same save; <paramref name="NameShown"/> stands where their name was.
/// </summary>
public sealed record PersonErased(Guid PersonId, string NameShown, DateTimeOffset ErasedAt) : IModuleEvent;
