using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using SupplierMeetups.Web.Platform.Security;

namespace SupplierMeetups.Web.Platform.Jobs;

internal static class JobsDashboard
{
    /// <summary>Hangfire's dashboard at /organizer/jobs, for organizers only; anonymous visitors are sent to sign in first.</summary>
    public static void UseJobsDashboard(this WebApplication app)
    {
        app.UseWhen(http => http.Request.Path.StartsWithSegments(JobsModule.DashboardPath), branch => branch.Use(async (http, next) =>
        {
            if (http.User.Identity?.IsAuthenticated != true)
            {
                await http.ChallengeAsync();
                return;
            }
            await next(http);
        }));
        app.UseHangfireDashboard(JobsModule.DashboardPath, new DashboardOptions
        {
            Authorization = [new OrganizersOnly()],
            AppPath = "/organizer/operations",
            DashboardTitle = "SupplierMeetups",
            DisplayStorageConnectionString = false,
        }, app.Services.GetRequiredService<JobStorage>());
    }

    /// <summary>Signed in is not enough: Hangfire answers 403 to any other role.</summary>
    private sealed class OrganizersOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Organizer);
    }
}
