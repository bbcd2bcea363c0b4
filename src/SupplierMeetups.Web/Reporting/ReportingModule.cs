using SupplierMeetups.Web.Reporting.Dashboard;
using SupplierMeetups.Web.Reporting.Figures;
using SupplierMeetups.Web.Reporting.FirmDirectory;
using SupplierMeetups.Web.Reporting.Outcomes;

namespace SupplierMeetups.Web.Reporting;

internal static class ReportingModule
{
    public static IServiceCollection AddReportingModule(this IServiceCollection services)
    {
        services.AddScoped<FirmDirectoryQuery>();
        services.AddScoped<EventFigures>();
        services.AddScoped<OutcomeTotalsQuery>();
        services.AddScoped<NoShowConfirmations>();
        services.AddRoleHomes();
        return services;
    }
}
