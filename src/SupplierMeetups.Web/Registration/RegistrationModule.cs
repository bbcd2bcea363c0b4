using SupplierMeetups.Web.Platform.Email.Templates;
using SupplierMeetups.Web.Registration.Certificates;
using SupplierMeetups.Web.Registration.EditFirm;
using SupplierMeetups.Web.Registration.FirmLogo;
using SupplierMeetups.Web.Registration.FirmPeople;
using SupplierMeetups.Web.Registration.RegisterFirm;
using SupplierMeetups.Web.Registration.ReviewFirms;

namespace SupplierMeetups.Web.Registration;

internal static class RegistrationModule
{
    public static IServiceCollection AddRegistrationModule(this IServiceCollection services)
    {
        services.AddScoped<FirmAccess>();
        services.AddScoped<Contracts.IRegistrationDemoData, RegistrationDemoData>();
        services.AddScoped<Contracts.IRegistrationUpcomingDemo, RegistrationUpcomingDemo>();
        services.AddScoped<FirmRegistrar>();
        services.AddScoped<PrimeInvitations>();
        services.AddScoped<QualificationsEditor>();
        services.AddScoped<ProofFiles>();
        services.AddScoped<ProofDownloads>();
        services.AddScoped<FirmLogos>();
        services.AddScoped<PeopleRoster>();
        services.AddScoped<IRepresentatives, RepresentativeDirectory>();
        services.AddScoped<IParticipantFirms, ParticipantFirmDirectory>();
        services.AddScoped<ICapabilityTaxonomy, CapabilityTaxonomy>();
        services.AddScoped<IFirmProfiles, FirmProfileDirectory>();
        services.AddScoped<IDirectoryFirms, DirectoryFirmSource>();
        services.AddScoped<FirmReview>();
        services.AddScoped<FirmMerger>();
        services.AddScoped<FirmEditor>();
        services.AddScoped<Taxonomy.TaxonomyEditor>();
        services.AddScoped<Platform.IStartupSeeder, Taxonomy.DefaultTaxonomySeeder>();
        services.AddScoped<RegistrationEmails>();
        services.AddScoped<IEmailTemplateSource, RegistrationEmailTemplates>();
        return services;
    }
}
