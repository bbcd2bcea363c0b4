using SupplierMeetups.Web.Exhibition.AssignBooth;
using SupplierMeetups.Web.Exhibition.Booths;
using SupplierMeetups.Web.Exhibition.Contracts;
using SupplierMeetups.Web.Exhibition.ProposeAssignment;
using SupplierMeetups.Web.Platform.Email.Templates;

namespace SupplierMeetups.Web.Exhibition;

internal static class ExhibitionModule
{
    public static IServiceCollection AddExhibitionModule(this IServiceCollection services)
    {
        services.AddScoped<BoothQuery>();
        services.AddScoped<Contracts.IExhibitionDemoData, ExhibitionDemo>();
        services.AddScoped<BoothStore>();
        services.AddScoped<IFirmBooths, ConfirmedBooths>();
        services.AddScoped<IFirmBoothOfEvent, FirmBoothOfEvent>();
        services.AddScoped<RequestBooth.BoothRequests>();
        services.AddScoped<BoothAssigner>();
        services.AddScoped<BoothEmails>();
        services.AddScoped<IEmailTemplateSource, BoothEmailTemplates>();
        services.AddScoped<ProposalService>();
        services.AddScoped<FloorPlan.FloorPlanSettings>();
        services.AddScoped<ImportBooths.BoothImport>();
        services.AddScoped<GenerateGrid.GridGenerator>();
        return services;
    }
}
