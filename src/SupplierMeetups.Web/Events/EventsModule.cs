namespace SupplierMeetups.Web.Events;

internal static class EventsModule
{
    public static IServiceCollection AddEventsModule(this IServiceCollection services)
    {
        services.AddScoped<EventStore>();
        services.AddScoped<Contracts.IEventDays, EventDaysQuery>();
        return services;
    }
}
