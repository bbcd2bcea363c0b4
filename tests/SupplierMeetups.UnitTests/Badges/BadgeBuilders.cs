using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Badges;
using SupplierMeetups.Web.Platform.Documents;

namespace SupplierMeetups.UnitTests.Badges;

/// <summary>Valid defaults for badge tests; vary one thing with <c>with</c>.</summary>
internal static class BadgeBuilders
{
    public const string EventName = "Konya Savunma Sanayi Tedarikçi Buluşmaları";

    public static readonly BadgeTokens Tokens = TokensWithKey(seed: 1);

    public static BadgeContent Visitor() => new(
        EventName,
        "Mustafa Büyükeğen",
        "İŞBİR Elektrik",
        BadgeType.Visitor,
        Booth: null,
        QrToken: Tokens.Issue(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")));

    public static BadgeContent Exhibitor() => Visitor() with
    {
        PersonName = "Ayşe Gül Çınar",
        Organization = "Ağır Sanayi Şirketi",
        BadgeType = BadgeType.Exhibitor,
        Booth = "A-12",
    };

    public static PdfBadgeDocuments Renderer() => new(Options.Create(new DocumentsOptions()));

    public static BadgeTokens TokensWithKey(byte seed) =>
        new(Options.Create(new BadgeTokenOptions { TokenKey = Key(seed) }));

    public static string Key(byte seed, int length = 32) =>
        Convert.ToBase64String(Enumerable.Range(0, length).Select(i => (byte)(seed * 31 + i * 7)).ToArray());
}
