using SupplierMeetups.Web.Registration.Consent;
using SupplierMeetups.Web.Registration.PersonalData;
using SupplierMeetups.Web.Registration.RegisterVisitor;

namespace SupplierMeetups.Web.Registration;

/// <summary>Visitors, consent and personal data, the organizers' firm directory and figures.</summary>
internal static class VisitorsModule
{
    public static IServiceCollection AddVisitorsModule(this IServiceCollection services)
    {
        services.AddScoped<ConsentTexts>();
        services.AddScoped<ConsentRecorder>();
        services.AddScoped<ConsentAcceptance>();
        services.AddScoped<IdentityNumberProtector>();
        services.AddScoped<VisitorLinks>();
        services.AddScoped<VisitorEmails>();
        services.AddScoped<VisitorRegistrar>();
        services.AddScoped<VisitorConfirmation>();
        services.AddScoped<KioskVisitorDirectory>();
        services.AddScoped<Contracts.IKioskVisitors>(sp => sp.GetRequiredService<KioskVisitorDirectory>());
        services.AddScoped<Contracts.IVisitorContacts, VisitorContactDirectory>();
        services.AddScoped<Platform.Email.IEmailAttachmentSource, KioskCodeAttachment>();
        services.AddScoped<PersonalDataTrail>();
        services.AddScoped<VisitorPersonalData>();
        services.AddScoped<MyVisits>();
        services.AddScoped<FirmPersonalData>();
        return services;
    }
}
