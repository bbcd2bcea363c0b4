using SupplierMeetups.Web.Badges.Contracts;
using SupplierMeetups.Web.Events.Contracts;
using SupplierMeetups.Web.Exhibition.Contracts;
using SupplierMeetups.Web.Matchmaking.Contracts;
using SupplierMeetups.Web.Registration.Contracts;

namespace SupplierMeetups.Web.Reporting.Dashboard;

/// <summary>The home of each role (the organizer's dashboard, a firm's "my event", the door staff's page) and the contracts they read.</summary>
internal static class RoleHomesModule
{
    public static IServiceCollection AddRoleHomes(this IServiceCollection services) => services
        .AddReviewQueueCount()
        .AddFirmChecklist()
        .AddBoothCounts()
        .AddBadgeCounts()
        .AddMeetingCounts();
}
