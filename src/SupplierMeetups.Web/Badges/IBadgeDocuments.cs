namespace SupplierMeetups.Web.Badges;

/// <summary>Renders badges to PDF. Implementations are thread-safe.</summary>
public interface IBadgeDocuments
{
    /// <summary>One A6 portrait page.</summary>
    byte[] RenderSingle(BadgeContent badge);

    /// <summary>One page of the paper's size with the A6 badge scaled to fit and centred (label printers).</summary>
    byte[] RenderOnPaper(BadgeContent badge, Contracts.BadgePaper paper);

    /// <summary>All badges in one PDF, in the given order.</summary>
    byte[] RenderBatch(IReadOnlyList<BadgeContent> badges, BadgeSheetLayout layout);
}
