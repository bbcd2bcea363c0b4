namespace SupplierMeetups.Web.Matchmaking.Agendas;

/// <summary>Meeting agendas as PDF. Implementations are thread-safe.</summary>
internal interface IAgendaDocuments
{
    /// <summary>A4 portrait, as many pages as needed, the header repeated on each.</summary>
    byte[] RenderFirmAgenda(FirmAgenda agenda);

    /// <summary>A4 portrait: one table's meetings, without the table column.</summary>
    byte[] RenderTableSheet(TableSheet sheet);
}
