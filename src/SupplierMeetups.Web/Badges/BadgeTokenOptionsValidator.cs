using Microsoft.Extensions.Options;

namespace SupplierMeetups.Web.Badges;

/// <summary>Refuses to start with a missing or weak token key rather than printing forgeable badges.</summary>
internal sealed class BadgeTokenOptionsValidator : IValidateOptions<BadgeTokenOptions>
{
    public ValidateOptionsResult Validate(string? name, BadgeTokenOptions options) =>
        options.TryDecodeKey() is null
            ? ValidateOptionsResult.Fail(
                $"{BadgeTokenOptions.SectionName}:{nameof(BadgeTokenOptions.TokenKey)} must be base64 of at least {BadgeTokenOptions.MinimumKeyBytes} random bytes " +
                "(for example: openssl rand -base64 32).")
            : ValidateOptionsResult.Success;
}
