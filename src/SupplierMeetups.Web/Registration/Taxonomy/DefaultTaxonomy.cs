using Microsoft.EntityFrameworkCore;
using SupplierMeetups.Web.Platform;
using SupplierMeetups.Web.Platform.Persistence;

namespace SupplierMeetups.Web.Registration.Taxonomy;

/// <summary>
/// The capabilities a defense-industry supplier fair starts from (DOMAIN.md): a new installation gets them once, on an
/// empty table, and organizers edit them from there. Registration:SeedDefaultTaxonomy=false starts with none.
/// </summary>
public static class DefaultTaxonomy
{
    public static readonly (string Code, string? Parent, string Tr, string En)[] Terms =
    [
        ("machining", null, "Talaşlı imalat", "Machining"),
        ("cnc-machining", "machining", "CNC işleme", "CNC machining"),
        ("casting", null, "Döküm", "Casting"),
        ("forging", null, "Dövme", "Forging"),
        ("sheet-metal", null, "Sac işleme", "Sheet metal"),
        ("welding", null, "Kaynak", "Welding"),
        ("heat-surface-treatment", null, "Isıl işlem ve yüzey işlemleri", "Heat and surface treatment"),
        ("composites", null, "Kompozit", "Composites"),
        ("plastics-rubber", null, "Plastik ve kauçuk", "Plastics and rubber"),
        ("electronics", null, "Elektronik", "Electronics"),
        ("pcb-assembly", "electronics", "Elektronik kart dizgi", "PCB assembly"),
        ("cable-harnesses", "electronics", "Kablo demetleri", "Cable harnesses"),
        ("electromechanical-assembly", null, "Elektromekanik montaj", "Electro-mechanical assembly"),
        ("optics", null, "Optik", "Optics"),
        ("hydraulics-pneumatics", null, "Hidrolik ve pnömatik", "Hydraulics and pneumatics"),
        ("test-measurement", null, "Test ve ölçüm", "Test and measurement"),
        ("embedded-software", null, "Gömülü yazılım", "Embedded software"),
        ("textiles-ballistics", null, "Tekstil ve balistik koruma", "Textiles and ballistic protection"),
        ("packaging", null, "Ambalaj", "Packaging"),
        ("logistics", null, "Lojistik", "Logistics"),
    ];

    /// <summary>The terms whose codes are not among <paramref name="known"/>, as rows to add.</summary>
    public static List<Capability> Missing(IReadOnlyCollection<string> known) =>
        Terms.Where(t => !known.Contains(t.Code)).Select(t => new Capability { Code = t.Code, ParentCode = t.Parent, NameTr = t.Tr, NameEn = t.En }).ToList();
}

/// <summary>Gives a new installation the default taxonomy; never touches a taxonomy organizers have started to edit.</summary>
internal sealed class DefaultTaxonomySeeder(AppDbContext db, IConfiguration configuration, ILogger<DefaultTaxonomySeeder> logger) : IStartupSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Registration:SeedDefaultTaxonomy", true) || await db.Set<Capability>().AnyAsync(cancellationToken))
        {
            return;
        }
        try
        {
            var terms = DefaultTaxonomy.Missing([]);
            db.AddRange(terms);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Added the default capability taxonomy ({Count} terms).", terms.Count);
        }
        catch (DbUpdateException)
        {
            // Another instance starting at the same moment may have added them first; anything else is a real fault.
            db.ChangeTracker.Clear();
            if (!await db.Set<Capability>().AnyAsync(cancellationToken))
            {
                throw;
            }
        }
    }
}
