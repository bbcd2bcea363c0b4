using SupplierMeetups.Web.CheckIn.Redeem;
using SupplierMeetups.Web.Platform.Messaging;

namespace SupplierMeetups.Web.CheckIn;

internal static class CheckInModule
{
    /// <summary>The door: gates, redeeming scans, the scan page, live counts and the offline list.</summary>
    public static IServiceCollection AddCheckInModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DoorOptions>().Bind(configuration.GetSection(DoorOptions.SectionName));
        services.AddMemoryCache();
        services.AddScoped<Redeemer>();
        services.AddScoped<DoorLookups>();
        services.AddScoped<ScanAnswers>();
        services.AddScoped<FailedScans>();
        services.AddScoped<CheckInList>();
        services.AddScoped<LiveCounts.DoorCounts>();
        services.AddScoped<OfflineList.OfflineLists>();
        services.AddScoped<Gates.GateList>();
        services.AddScoped<Kiosk.KioskDesk>();
        services.AddScoped<MeetingCheckIn.TableCheckIns>();
        services.AddScoped<Contracts.IMeetingNoShows>(sp => sp.GetRequiredService<MeetingCheckIn.TableCheckIns>());
        services.AddScoped<Leads.LeadBook>();
        services.AddModuleEventHandler<Registration.Contracts.PersonErased, Leads.ErasedPersonLeads>();
        return services;
    }
}
