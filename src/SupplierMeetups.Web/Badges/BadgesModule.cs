using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupplierMeetups.Web.Matchmaking.Agendas;
using SupplierMeetups.Web.Platform.Documents;
using SupplierMeetups.Web.Platform.Email;
using SupplierMeetups.Web.Platform.Email.Templates;

namespace SupplierMeetups.Web.Badges;

internal static class BadgesModule
{
    /// <summary>
    /// Registers the document engine: badge and agenda renderers and the check-in token service, all
    /// singletons (stateless and thread-safe). Needs <c>Badges:TokenKey</c>; a missing or short key stops
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
        services.TryAddSingleton<IAgendaDocuments, PdfAgendaDocuments>();
        services.AddSingleton<BadgeLinks>();
        services.AddScoped<BadgeIssuer>();
        services.AddScoped<Contracts.IDoorBadges, DoorBadgesQuery>();
        services.AddScoped<BadgeRendering>();
        services.AddScoped<IEmailAttachmentSource, BadgeAttachmentSource>();
        services.AddScoped<IEmailTemplateSource, BadgeEmailTemplates>();
        return services;
    }
}
