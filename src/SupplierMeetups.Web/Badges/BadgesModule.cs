using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.Badges.IssueBadges;
using SupplierMeetups.Web.Exhibition.Contracts;
using SupplierMeetups.Web.Platform.Documents;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Email.Templates;
using SupplierMeetups.Web.Platform.Messaging;

namespace SupplierMeetups.Web.Badges;

internal static class BadgesModule
{
    /// <summary>
    /// Registers the document engine: the badge renderer and the check-in token service, both singletons
    /// (stateless and thread-safe), and the handlers that issue badges as Registration and Exhibition report. Needs <c>Badges:TokenKey</c>; a missing or short key stops
    /// the host at start-up rather than at the first badge.
    /// </summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocumentsOptions>().Bind(configuration.GetSection(DocumentsOptions.SectionName));
        services.AddOptions<BadgeTokenOptions>().Bind(configuration.GetSection(BadgeTokenOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BadgeTokenOptions>, BadgeTokenOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BadgeTokens>();
        services.TryAddSingleton<IBadgeDocuments, PdfBadgeDocuments>();
        services.AddSingleton<BadgeLinks>();
        services.AddScoped<BadgeIssuer>();
        services.AddScoped<Contracts.IDoorBadges, DoorBadgesQuery>();
        services.AddScoped<BadgeRendering>();
        services.AddScoped<IEmailAttachmentSource, BadgeAttachmentSource>();
        services.AddScoped<IEmailTemplateSource, BadgeEmailTemplates>();
        services.AddScoped<IPersonBadges, PersonBadges>();
        services.AddScoped<IKioskBadges, PrintBadges.KioskBadgeSource>();
        services.AddScoped<RepresentativeBadges>();
        services.AddModuleEventHandler<FirmApproved, RepresentativeBadges>();
        services.AddModuleEventHandler<FirmRejected, RepresentativeBadges>();
        services.AddModuleEventHandler<FirmRenamed, RepresentativeBadges>();
        services.AddModuleEventHandler<RepresentativeAdded, RepresentativeBadges>();
        services.AddModuleEventHandler<RepresentativeChanged, RepresentativeBadges>();
        services.AddModuleEventHandler<RepresentativeRemoved, RepresentativeBadges>();
        services.AddModuleEventHandler<BoothConfirmed, RepresentativeBadges>();
        services.AddModuleEventHandler<BoothReleased, RepresentativeBadges>();
        services.AddModuleEventHandler<VisitorConfirmed, VisitorBadges>();
        services.AddModuleEventHandler<PersonErased, ErasedHolderBadges>();
        return services;
    }
}
