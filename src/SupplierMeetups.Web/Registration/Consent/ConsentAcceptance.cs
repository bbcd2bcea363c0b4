using Microsoft.Extensions.Localization;
using SupplierMeetups.Web.Platform.Refusals;

namespace SupplierMeetups.Web.Registration.Consent;

/// <summary>What a sign-up form carries about the personal data notice: the version shown and whether it was accepted.</summary>
public interface IConsentInput
{
    /// <summary>The version the person was shown; programs may leave it out to accept the current one.</summary>
    Guid? ConsentTextId { get; }

    bool AcceptConsent { get; }
}

/// <summary>Checks that a sign-up accepted one of the event's own notice versions; every registration of a person goes through it.</summary>
public sealed class ConsentAcceptance(ConsentTexts texts, IStringLocalizer<SharedResource> l)
{
    public string NotGivenMessage => l["Please read the personal data notice and give your consent: without it we cannot register you."];

    /// <summary>
    /// The accepted version, or why the consent does not count, refused at the input's property ("AcceptConsent",
    /// "ConsentTextId"). Nothing of the person is saved; an event's default notice is stored once it is accepted.
    /// </summary>
    public async Task<Outcome<ConsentText>> CheckAsync(Guid eventId, IConsentInput input, string language, CancellationToken cancellationToken)
    {
        if (!input.AcceptConsent)
        {
            return Refusal.AtField(nameof(IConsentInput.AcceptConsent), NotGivenMessage);
        }
        if (input.ConsentTextId is not { } id)
        {
            return new Outcome<ConsentText>(await texts.CurrentStoredAsync(eventId, language, cancellationToken), null);
        }
        return await texts.FindAsync(eventId, id, cancellationToken) is { } text
            ? text
            : Refusal.AtField(nameof(IConsentInput.ConsentTextId), l["This personal data notice does not belong to this event. Reload the page and try again."]);
    }
}
