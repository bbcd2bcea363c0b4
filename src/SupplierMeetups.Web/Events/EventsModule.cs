namespace SupplierMeetups.Web.Events;

internal static class EventsModule
{
    public static IServiceCollection AddEventsModule(this IServiceCollection services)
    {
        services.AddScoped<EventStore>();
        services.AddScoped<Contracts.IEventDays, EventDaysQuery>();
        services.AddScoped<Contracts.IEventClosure, EventClosure>();
        services.AddScoped<Contracts.IEventQueries, EventQueries>();
        services.AddScoped<Contracts.IEventDemoData, EventDemoData>();
        services.AddScoped<Platform.Audit.IAuditEventNames, AuditEventNames>();
        return services;
    }
}
