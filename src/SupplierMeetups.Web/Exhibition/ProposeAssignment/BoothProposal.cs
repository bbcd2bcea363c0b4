using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupplierMeetups.Web.Exhibition.ProposeAssignment;

/// <summary>A stored proposal that the organizer reviews, changes line by line, and confirms (once).</summary>
public sealed class BoothProposal
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The <see cref="ProposalResult"/> as JSON: reasons are stored as codes and worded when shown, in the reader's language.</summary>
    public string ResultJson { get; set; } = "";

    public ProposalResult Result
    {
        get => JsonSerializer.Deserialize<ProposalResult>(ResultJson, Json)!;
        set
        {
            ResultJson = JsonSerializer.Serialize(value, Json);
            Version = Guid.NewGuid();
        }
    }
}

internal sealed class BoothProposalConfiguration : IEntityTypeConfiguration<BoothProposal>
{
    public void Configure(EntityTypeBuilder<BoothProposal> builder)
    {
        builder.ToTable("BoothProposals");
        builder.Property(p => p.ResultJson).HasMaxLength(int.MaxValue);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Result);
        builder.HasIndex(p => p.EventId);
    }
}
