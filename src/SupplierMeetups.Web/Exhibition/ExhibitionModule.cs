using SupplierMeetups.Web.Exhibition.AssignBooth;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Exhibition.ProposeAssignment;

namespace SupplierMeetups.Web.Exhibition;

internal static class ExhibitionModule
{
    public static IServiceCollection AddExhibitionModule(this IServiceCollection services)
    {
        services.AddScoped<BoothQuery>();
        services.AddScoped<BoothStore>();
        services.AddScoped<BoothAssigner>();
        services.AddScoped<BoothEmails>();
        services.AddScoped<ProposalService>();
        return services;
    }
}
