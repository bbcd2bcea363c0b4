using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Audit;
using SupplierMeetups.Web.Platform.Persistence;
using SupplierMeetups.Web.Platform.Refusals;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.Registration.Taxonomy;

/// <summary>A term as the organizers' list shows it: how many firms and other records name it.</summary>
public sealed record TaxonomyRow(Capability Term, int Depth, int Firms, int Children);

/// <summary>The capability taxonomy as organizers edit it: add, rename or move, and remove what nothing uses.</summary>
public sealed class TaxonomyEditor(AppDbContext db, IEnumerable<ICapabilityUsage> usages, AuditLog audit, IStringLocalizer<SharedResource> l)
{
    /// <summary>Every term parent-first, in the reader's language, with its uses by firms.</summary>
    public async Task<IReadOnlyList<TaxonomyRow>> ListAsync(string language, CancellationToken cancellationToken)
    {
        var terms = await db.Set<Capability>().AsNoTracking().ToDictionaryAsync(c => c.Code, cancellationToken);
        var used = (await db.Set<Firm>().AsNoTracking().Select(f => f.Capabilities).ToListAsync(cancellationToken))
            .SelectMany(c => c).CountBy(c => c).ToDictionary(p => p.Key, p => p.Value);
        var tree = await CapabilityTree.LoadAsync(db, language, cancellationToken);
        var children = terms.Values.CountBy(t => t.ParentCode ?? "").ToDictionary(p => p.Key, p => p.Value);
        return tree.Select(n => new TaxonomyRow(terms[n.Code], n.Depth, used.GetValueOrDefault(n.Code), children.GetValueOrDefault(n.Code))).ToList();
    }

    /// <summary>
    /// Adds the term (Added true), or answers the one there already when code, names and parent are the same (a form sent
    /// twice, a retried call). A code in use with other names is refused with 409 at the code.
    /// </summary>
    public async Task<Outcome<TermAdded>> AddAsync(CapabilityInput input, CancellationToken cancellationToken)
    {
        var code = input.Code.Trim();
        var parent = Blank(input.ParentCode);
        if (await SameOrConflictAsync(code, input, parent, cancellationToken) is { } earlier)
        {
            return earlier;
        }
        if (parent is not null && await ParentRefusalAsync(code, parent, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var term = new Capability { Code = code, ParentCode = parent, NameTr = input.NameTr.Trim(), NameEn = input.NameEn.Trim() };
        db.Add(term);
        await audit.RecordAsync(AuditActions.CapabilityAdded, "capability", code, null, $"{term.NameTr} / {term.NameEn}", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Added at the same instant by another request: answer as a retry would be answered.
            db.ChangeTracker.Clear();
            return await SameOrConflictAsync(code, input, parent, cancellationToken) ?? throw new InvalidOperationException($"The capability {code} could not be added.");
        }
        return new TermAdded(term, Added: true);
    }

    /// <summary>Renames the term or moves it under another parent; its code, and so every firm's profile, stays.</summary>
    public async Task<Outcome<Capability>> UpdateAsync(string code, CapabilityNamesInput input, CancellationToken cancellationToken)
    {
        var term = await db.Set<Capability>().SingleOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (term is null)
        {
            return NotFound();
        }
        var parent = Blank(input.ParentCode);
        if (parent is not null && await ParentRefusalAsync(code, parent, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        (term.ParentCode, term.NameTr, term.NameEn) = (parent, input.NameTr.Trim(), input.NameEn.Trim());
        await audit.RecordAsync(AuditActions.CapabilityChanged, "capability", code, null, $"{term.NameTr} / {term.NameEn}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return term;
    }

    /// <summary>Removes a term nothing names: no firm, no need, no narrower term. Otherwise 409 with what uses it.</summary>
    public async Task<Outcome<Capability>> RemoveAsync(string code, CancellationToken cancellationToken)
    {
        var term = await db.Set<Capability>().SingleOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (term is null)
        {
            return NotFound();
        }
        var uses = new List<string>();
        if (await db.Set<Firm>().CountAsync(f => f.Capabilities.Contains(code), cancellationToken) is > 0 and var firms)
        {
            uses.Add(l["{0} firms", firms]);
        }
        foreach (var usage in usages)
        {
            if (await usage.CountAsync(code, cancellationToken) is > 0 and var count)
            {
                uses.Add(l[usage.CountText, count]);
            }
        }
        if (await db.Set<Capability>().CountAsync(c => c.ParentCode == code, cancellationToken) is > 0 and var children)
        {
            uses.Add(l["{0} narrower capabilities", children]);
        }
        if (uses.Count > 0)
        {
            return new Refusal(l["{0} is still in use ({1}). Remove it from them first.", term.NameTr, string.Join(", ", uses)], StatusCodes.Status409Conflict);
        }
        db.Remove(term);
        await audit.RecordAsync(AuditActions.CapabilityRemoved, "capability", code, null, term.NameTr, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return term;
    }

    private async Task<Outcome<TermAdded>?> SameOrConflictAsync(string code, CapabilityNamesInput input, string? parent, CancellationToken cancellationToken)
    {
        if (await db.Set<Capability>().AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, cancellationToken) is not { } existing)
        {
            return null;
        }
        return existing.NameTr == input.NameTr.Trim() && existing.NameEn == input.NameEn.Trim() && existing.ParentCode == parent
            ? new TermAdded(existing, Added: false)
            : new Refusal(l["The code {0} is taken by \"{1}\". Choose another code, or change that capability instead.", code, existing.NameTr],
                StatusCodes.Status409Conflict, nameof(CapabilityInput.Code));
    }

    /// <summary>The parent must exist and may not be the term itself or one of its narrower terms (the tree would loop).</summary>
    private async Task<Refusal?> ParentRefusalAsync(string code, string parent, CancellationToken cancellationToken)
    {
        var parents = await db.Set<Capability>().AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.ParentCode, cancellationToken);
        if (!parents.ContainsKey(parent))
        {
            return Refusal.AtField(nameof(CapabilityInput.ParentCode), l["{0} is not a capability of the taxonomy.", parent]);
        }
        for (string? at = parent; at is not null; at = parents.GetValueOrDefault(at))
        {
            if (at == code)
            {
                return Refusal.AtField(nameof(CapabilityInput.ParentCode), l["A capability cannot sit under itself or under one of its narrower capabilities."]);
            }
        }
        return null;
    }

    private Refusal NotFound() => new(l["There is no such capability."], StatusCodes.Status404NotFound);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The term, and whether this call added it (false: it was there already, the same).</summary>
public sealed record TermAdded(Capability Term, bool Added);
