using SupplierMeetups.Web.Registration.Certificates;
using SupplierMeetups.Web.Registration.RegisterFirm;

namespace SupplierMeetups.Web.Registration;

internal static class RegistrationModule
{
    public static IServiceCollection AddRegistrationModule(this IServiceCollection services)
    {
        services.AddScoped<FirmAccess>();
        services.AddScoped<FirmRegistrar>();
        services.AddScoped<QualificationsEditor>();
        services.AddScoped<ProofFiles>();
        return services;
    }
}
