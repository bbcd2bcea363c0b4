using SupplierMeetups.Web.Platform.Localization;

namespace SupplierMeetups.Web.Registration;

/// <summary>The 81 provinces (il) of Türkiye, in plate-code order; a Turkish firm's city must be one of them.</summary>
public static class TurkishProvinces
{
    public static readonly IReadOnlyList<string> All =
    [
        "Adana", "Adıyaman", "Afyonkarahisar", "Ağrı", "Amasya", "Ankara", "Antalya", "Artvin", "Aydın", "Balıkesir",
        "Bilecik", "Bingöl", "Bitlis", "Bolu", "Burdur", "Bursa", "Çanakkale", "Çankırı", "Çorum", "Denizli",
        "Diyarbakır", "Edirne", "Elazığ", "Erzincan", "Erzurum", "Eskişehir", "Gaziantep", "Giresun", "Gümüşhane", "Hakkari",
        "Hatay", "Isparta", "Mersin", "İstanbul", "İzmir", "Kars", "Kastamonu", "Kayseri", "Kırklareli", "Kırşehir",
        "Kocaeli", "Konya", "Kütahya", "Malatya", "Manisa", "Kahramanmaraş", "Mardin", "Muğla", "Muş", "Nevşehir",
        "Niğde", "Ordu", "Rize", "Sakarya", "Samsun", "Siirt", "Sinop", "Sivas", "Tekirdağ", "Tokat",
        "Trabzon", "Tunceli", "Şanlıurfa", "Uşak", "Van", "Yozgat", "Zonguldak", "Aksaray", "Bayburt", "Karaman",
        "Kırıkkale", "Batman", "Şırnak", "Bartın", "Ardahan", "Iğdır", "Yalova", "Karabük", "Kilis", "Osmaniye",
        "Düzce",
    ];

    private static readonly Dictionary<string, string> ByFolded = All.ToDictionary(TurkishText.Fold, p => p);

    /// <summary>The province's proper spelling for what the user typed ("istanbul", "ISTANBUL" → "İstanbul"), or null.</summary>
    public static string? Find(string? typed) =>
        typed is null ? null : ByFolded.GetValueOrDefault(TurkishText.Fold(typed));
}
