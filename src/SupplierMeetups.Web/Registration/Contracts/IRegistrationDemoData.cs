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
