namespace SupplierMeetups.Web.Registration.Contracts;

/// <summary>A demo firm's participation, as the other modules' demo data needs it.</summary>
public sealed record DemoParticipant(Guid ParticipationId, Guid FirmId, string ShortName, bool IsPrime, bool IsExhibitor, bool IsApproved);

/// <summary>The demo's firms, added to the caller's unit of work (the caller saves); deterministic.</summary>
public interface IRegistrationDemoData
{
    /// <summary>The primes' short names, in the order <see cref="AddDemoFirms"/> adds them (first).</summary>
    IReadOnlyList<string> PrimeShortNames { get; }

    /// <summary>The event's consent texts, the capability taxonomy, the primes and <paramref name="supplierCount"/> suppliers with their participations.</summary>
    IReadOnlyList<DemoParticipant> AddDemoFirms(Guid eventId, int supplierCount, DateTimeOffset now);

    /// <summary>Makes the account the contact of the demo firm of this short name, if any.</summary>
    Task SetContactAsync(Guid eventId, string firmShortName, Guid userId, CancellationToken cancellationToken);
}

/// <summary>The upcoming demo event's firms, people and visitor, through Registration's own use cases (each call saves).</summary>
public interface IRegistrationUpcomingDemo
{
    /// <summary>
    /// Registers <paramref name="approvedPrimes"/> of the earlier event's primes and <paramref name="approvedSuppliers"/> of its suppliers (the firms of <paramref name="namedPeople"/> first),
    /// each with representatives (<paramref name="namedPeople"/> too, by firm short name), and approves them (badges and e-mails are issued); <paramref name="pendingSuppliers"/> more wait for review.
    /// </summary>
    Task<IReadOnlyList<DemoParticipant>> AddFirmsAsync(
        Guid eventId, Guid fromEventId, int approvedPrimes, int approvedSuppliers, int pendingSuppliers,
        IReadOnlyDictionary<string, (string FullName, string Email)> namedPeople, CancellationToken cancellationToken);

    /// <summary>Registers a visitor as the public form does and confirms the address, which issues the badge.</summary>
    Task AddConfirmedVisitorAsync(Guid eventId, string email, string fullName, string organization, CancellationToken cancellationToken);
}
