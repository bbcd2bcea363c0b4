namespace SupplierMeetups.Web.Badges;

/// <summary>Renders badges to PDF. Implementations are thread-safe.</summary>
public interface IBadgeDocuments
{
    /// <summary>One A6 portrait page.</summary>
    byte[] RenderSingle(BadgeContent badge);

    /// <summary>All badges in one PDF, in the given order.</summary>
    byte[] RenderBatch(IReadOnlyList<BadgeContent> badges, BadgeSheetLayout layout);
}
