using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierMeetups.Web.Matchmaking.Reminders;

/// <summary>That a firm was sent its agenda the day before a meeting day; the unique key makes the reminder go once.</summary>
public sealed class AgendaReminder
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public DateOnly Day { get; set; }
    public Guid ParticipationId { get; set; }
    public DateTimeOffset SentAt { get; set; }
}

internal sealed class AgendaReminderConfiguration : IEntityTypeConfiguration<AgendaReminder>
{
    public void Configure(EntityTypeBuilder<AgendaReminder> builder)
    {
        builder.ToTable("AgendaReminders");
        builder.HasIndex(r => new { r.EventId, r.Day, r.ParticipationId }).IsUnique();
    }
}
