using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupplierMeetups.Web.Badges.Contracts;

namespace SupplierMeetups.Web.CheckIn.Kiosk;

/// <summary>An event's kiosk rules, set by organizers: the paper badges print on and how many reprints a badge gets.</summary>
public sealed class KioskSettings
{
    public const int DefaultReprintLimit = 2;

    public Guid EventId { get; set; }
    public BadgePaper Paper { get; set; } = BadgePaper.A6;

    /// <summary>Prints of one badge at the kiosks beyond the first; past them the visitor goes to the desk.</summary>
    public int ReprintLimit { get; set; } = DefaultReprintLimit;
}

/// <summary>How the kiosk found the badge it printed.</summary>
public enum KioskPrintSource
{
    EmailCode,
    QrCode,
    Badge,
    WalkIn,
}

/// <summary>
/// One badge printed at a kiosk: who (the kiosk's account) and when. <see cref="Sequence"/> counts the badge's prints
/// (1 = the first, 2 = the first reprint ...) and is unique per badge, so two kiosks printing the same badge at the
/// same instant cannot both take the last reprint; the form's nonce makes a resubmitted form print once.
/// </summary>
public sealed class KioskPrint
{
    public const int NonceMaxLength = 64;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public Guid BadgeId { get; set; }
    public int Sequence { get; set; }
    public string Nonce { get; set; } = "";
    public KioskPrintSource Source { get; set; }
    public string PersonName { get; set; } = "";
    public DateTimeOffset PrintedAt { get; set; }
    public Guid KioskUserId { get; set; }
    public string KioskName { get; set; } = "";

    public bool IsReprint => Sequence > 1;
}

internal sealed class KioskConfiguration : IEntityTypeConfiguration<KioskSettings>, IEntityTypeConfiguration<KioskPrint>
{
    public void Configure(EntityTypeBuilder<KioskSettings> builder)
    {
        builder.ToTable("KioskSettings");
        builder.HasKey(s => s.EventId);
        builder.Property(s => s.Paper).HasConversion<string>().HasMaxLength(24);
    }

    public void Configure(EntityTypeBuilder<KioskPrint> builder)
    {
        builder.ToTable("KioskPrints");
        builder.Property(p => p.Nonce).HasMaxLength(KioskPrint.NonceMaxLength);
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.PersonName).HasMaxLength(200);
        builder.Property(p => p.KioskName).HasMaxLength(200);
        builder.Ignore(p => p.IsReprint);
        builder.HasIndex(p => new { p.EventId, p.Nonce }).IsUnique();
        builder.HasIndex(p => new { p.BadgeId, p.Sequence }).IsUnique();
        builder.HasIndex(p => new { p.EventId, p.PrintedAt });
    }
}
