namespace SupplierMeetups.Web.Registration.Contracts;

/// <summary>A node of the capability taxonomy organizers edit (e.g. "machining" › "cnc-machining").</summary>
public sealed record CapabilityTerm(string Code, string? ParentCode, string NameTr, string NameEn);

/// <summary>A node of the taxonomy flattened parent-first for check-box lists, named in the reader's language.</summary>
public sealed record CapabilityNode(string Code, string Name, int Depth);

/// <summary>The capability taxonomy firms describe themselves with and primes' needs ask for.</summary>
public interface ICapabilityTaxonomy
{
    Task<IReadOnlyList<CapabilityTerm>> AllAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<CapabilityNode>> TreeAsync(string language, CancellationToken cancellationToken);
}

/// <summary>
/// Something of another module that names capabilities (a prime's needs): a term in use may not be removed. Modules
/// after Registration implement it, so Registration asks them without knowing them.
/// </summary>
public interface ICapabilityUsage
{
    /// <summary>How many of this module's records name the code.</summary>
    Task<int> CountAsync(string code, CancellationToken cancellationToken);

    /// <summary>"{0} needs", untranslated: the caller's localizer fills in the count.</summary>
    string CountText { get; }
}
