namespace SupplierMeetups.Web.Registration;

/// <summary>The raw material of the demo: real prime contractors, the region's cities, Turkish names and the capability taxonomy.</summary>
internal static class RegistrationDemoCatalog
{
    public static readonly (string Short, string Legal, string City)[] Primes =
    [
        ("ASELSAN", "ASELSAN Elektronik Sanayi ve Ticaret A.Ş.", "Ankara"),
        ("ROKETSAN", "ROKETSAN Roket Sanayii ve Ticaret A.Ş.", "Ankara"),
        ("STM", "STM Savunma Teknolojileri Mühendislik ve Ticaret A.Ş.", "Ankara"),
        ("BMC", "BMC Otomotiv Sanayi ve Ticaret A.Ş.", "Sakarya"),
        ("TUSAŞ", "Türk Havacılık ve Uzay Sanayii A.Ş.", "Ankara"),
        ("HAVELSAN", "HAVELSAN Hava Elektronik Sanayi ve Ticaret A.Ş.", "Ankara"),
        ("FNSS", "FNSS Savunma Sistemleri A.Ş.", "Ankara"),
        ("MKE", "Makine ve Kimya Endüstrisi A.Ş.", "Ankara"),
        ("OTOKAR", "Otokar Otomotiv ve Savunma Sanayi A.Ş.", "Sakarya"),
        ("ASFAT", "Askeri Fabrika ve Tersane İşletme A.Ş.", "Ankara"),
        ("TEI", "TUSAŞ Motor Sanayii A.Ş.", "Eskişehir"),
        ("ASPİLSAN", "ASPİLSAN Enerji Sanayi ve Ticaret A.Ş.", "Kayseri"),
    ];

    public static readonly string[] SupplierCities =
        ["Konya", "Konya", "Konya", "Konya", "Konya", "Konya", "Karaman", "Aksaray", "Kayseri", "Ankara", "Eskişehir", "Niğde", "Isparta", "Afyonkarahisar", "Bursa", "İzmir", "İstanbul"];

    public static readonly string[] NameStems =
    [
        "İŞBİR", "Büyükeğen", "Ağır Sanayi", "Işık", "Selçuklu", "Mevlana", "Karatay", "Meram", "Çumra", "Ereğli", "Akşehir", "Beyşehir",
        "Seydişehir", "Ilgın", "Sarayönü", "Kulu", "Cihanbeyli", "Yunak", "Altınekin", "Derebucak", "Hadim", "Taşkent", "Bozkır", "Güneysınır",
        "Doğanhisar", "Hüyük", "Emirgazi", "Akören", "Tuzlukçu", "Halkapınar", "Ahırlı", "Yalıhüyük", "Özkan", "Güçlü", "Çelik", "Öztürk",
        "Şahin", "Yıldız", "Aydın", "Kılıç", "Doğan", "Ekinci", "Gündoğdu", "Ünal", "Erdoğmuş", "Ilıcak", "Sağlam", "Tekin", "Uğurlu", "Çağlar",
    ];

    public static readonly string[] NameSuffixes =
    [
        "Elektrik", "Makina", "Döküm", "Hassas İşleme", "Savunma", "Metal", "Kompozit", "Elektronik", "Hidrolik", "Kablo", "Otomotiv", "Kalıp",
    ];

    public static readonly string[] FirstNames =
        ["Mustafa", "Ayşe", "Mehmet", "Fatma", "Ahmet", "Zeynep", "İbrahim", "Elif", "Hüseyin", "Şule", "Ömer", "Gülşen", "İsmail", "Özge", "Çağrı", "Ümit"];

    public static readonly string[] LastNames =
        ["Büyükeğen", "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Işıklı"];

    public static readonly string[] CertificateKinds = ["AQAP-2110", "ISO 9001", "AS/EN 9100", "ISO 27001"];

    public static readonly string[] ExportMarkets = ["DE", "US", "PL", "AZ", "QA", "PK", "RO", "BG", "DZ", "MA", "AE", "SA"];
}
