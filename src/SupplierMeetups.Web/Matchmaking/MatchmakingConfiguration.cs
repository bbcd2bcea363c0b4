using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupplierMeetups.Web.Matchmaking.Availability;
using SupplierMeetups.Web.Matchmaking.Outcomes;

namespace SupplierMeetups.Web.Matchmaking;

internal sealed class MatchmakingSettingsConfiguration : IEntityTypeConfiguration<MatchmakingSettings>
{
    public void Configure(EntityTypeBuilder<MatchmakingSettings> builder)
    {
        builder.ToTable("Settings");
        builder.HasKey(s => s.EventId);
    }
}

internal sealed class EventScheduleConfiguration : IEntityTypeConfiguration<EventSchedule>
{
    public void Configure(EntityTypeBuilder<EventSchedule> builder)
    {
        builder.ToTable("Schedules");
        builder.HasKey(s => s.EventId);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class FirmAvailabilityConfiguration : IEntityTypeConfiguration<FirmAvailability>
{
    public void Configure(EntityTypeBuilder<FirmAvailability> builder)
    {
        builder.ToTable("Availabilities");
        builder.HasKey(a => a.ParticipationId);
        builder.HasIndex(a => a.EventId);
    }
}

internal sealed class PrimeDeskConfiguration : IEntityTypeConfiguration<PrimeDesk>
{
    public void Configure(EntityTypeBuilder<PrimeDesk> builder)
    {
        builder.ToTable("PrimeDesks");
        builder.HasKey(d => new { d.EventId, d.TableCode });
        builder.Property(d => d.TableCode).HasMaxLength(32);
        builder.HasIndex(d => d.PrimeId);
    }
}

internal sealed class MeetingOutcomeConfiguration : IEntityTypeConfiguration<MeetingOutcome>
{
    public void Configure(EntityTypeBuilder<MeetingOutcome> builder)
    {
        builder.ToTable("Outcomes");
        builder.HasKey(o => new { o.RequestId, o.ParticipationId });
        builder.HasIndex(o => o.EventId);
    }
}

internal sealed class PrimeNeedConfiguration : IEntityTypeConfiguration<Needs.PrimeNeed>
{
    public void Configure(EntityTypeBuilder<Needs.PrimeNeed> builder)
    {
        builder.ToTable("Needs");
        builder.Property(n => n.TitleTr).HasMaxLength(200);
        builder.Property(n => n.TitleEn).HasMaxLength(200);
        builder.Property(n => n.DescriptionTr).HasMaxLength(4000);
        builder.Property(n => n.DescriptionEn).HasMaxLength(4000);
        builder.HasIndex(n => new { n.EventId, n.PrimeId });
    }
}
