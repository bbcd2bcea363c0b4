using System.Security.Cryptography;
using System.Text;

namespace SupplierMeetups.Web.Registration.Consent;

/// <summary>The first KVKK notice of an event, in Turkish and English; organizers edit it into later versions.</summary>
public static class DefaultConsentTexts
{
    public const string Turkish =
        "6698 sayılı Kişisel Verilerin Korunması Kanunu (KVKK) uyarınca; adınız, kurumunuz, unvanınız, e-posta adresiniz, " +
        "telefon numaranız ve etkinliğin güvenlik ayarları gerektiriyorsa T.C. kimlik veya pasaport numaranız, veri sorumlusu " +
        "olarak etkinliği düzenleyen oda tarafından etkinliğe kaydınızın yapılması, yaka kartınızın hazırlanması, girişte kimlik " +
        "kontrolü ve etkinlikle ilgili bilgilendirme amaçlarıyla işlenir. Verileriniz yurt dışına aktarılmaz; kimlik numaranız " +
        "şifrelenerek saklanır. KVKK'nın 11. maddesi uyarınca verilerinize erişme, bir kopyasını alma ve silinmesini isteme " +
        "hakkına sahipsiniz; bu işlemleri size e-postayla gönderilen bağlantıdan yapabilirsiniz. Adınız, kurumunuz, e-posta " +
        "adresiniz ve telefon numaranız, yaka kartınızı standında okutan katılımcı firmalarla yalnızca kayıt formunda bunu ayrıca " +
        "işaretlerseniz paylaşılır; işaretlemeseniz de kaydınız yapılır, verileriniz silindiğinde firmaların listelerinden de silinir. Bu metni okuduğumu ve kişisel " +
        "verilerimin bu amaçlarla işlenmesine açık rıza verdiğimi kabul ediyorum.";

    public const string English =
        "Under the Turkish Personal Data Protection Law No. 6698 (KVKK), your name, organization, title, e-mail address, " +
        "phone number and, where the event's security settings require it, your national ID or passport number are processed " +
        "by the chamber organizing the event, as data controller, to register you for the event, prepare your badge, check " +
        "your identity at the entrance and inform you about the event. Your data is not transferred abroad; your identity " +
        "number is stored encrypted. Under Article 11 of the KVKK you may access your data, obtain a copy and ask for its " +
        "erasure, through the link sent to you by e-mail. Your name, organization, e-mail address and phone number are shared " +
        "with exhibiting firms that scan your badge at their booth only if you tick this separately on the registration form; " +
        "you are registered either way, and erasing your data removes it from the firms' lists too. I have read this notice and give my explicit consent to the " +
        "processing of my personal data for these purposes.";

    public static IEnumerable<ConsentText> For(Guid eventId, DateTimeOffset now) =>
    [
        new ConsentText { Id = IdOf(eventId, "tr"), EventId = eventId, Language = "tr", Version = 1, Text = Turkish, CreatedAt = now },
        new ConsentText { Id = IdOf(eventId, "en"), EventId = eventId, Language = "en", Version = 1, Text = English, CreatedAt = now },
    ];

    /// <summary>
    /// The first notice's id follows from the event and the language, so that a form can show it before it is stored
    /// (showing a page changes nothing) and the sign-up that accepts it stores it under the id the form carried.
    /// </summary>
    public static Guid IdOf(Guid eventId, string language) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"consent-text:{eventId:D}:{language}:1")).AsSpan(0, 16));
}
