namespace SupplierMeetups.Web.Platform.Messaging;

/// <summary>
/// A fact one module states for others (past tense: <c>FirmApproved</c>, <c>BoothConfirmed</c>), declared in the
/// publishing module's <c>Contracts/</c> folder.
/// </summary>
public interface IModuleEvent;

/// <summary>A module's reaction to another module's event. It runs inside the publisher's unit of work.</summary>
public interface IModuleEventHandler<in TEvent> where TEvent : IModuleEvent
{
    Task HandleAsync(TEvent moduleEvent, CancellationToken cancellationToken);
}

/// <summary>
/// Hands a module event to every handler at once, in the caller's scope, so that the handlers' changes join the
/// caller's <c>AppDbContext</c> and are saved (or rolled back) with the change that raised the event.
/// </summary>
public interface IModuleEvents
{
    Task PublishAsync<TEvent>(TEvent moduleEvent, CancellationToken cancellationToken) where TEvent : IModuleEvent;
}

internal sealed class ModuleEvents(IServiceProvider services) : IModuleEvents
{
    public async Task PublishAsync<TEvent>(TEvent moduleEvent, CancellationToken cancellationToken) where TEvent : IModuleEvent
    {
        foreach (var handler in services.GetServices<IModuleEventHandler<TEvent>>())
        {
            await handler.HandleAsync(moduleEvent, cancellationToken);
        }
    }
}

public static class ModuleEventRegistration
{
    public static IServiceCollection AddModuleEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IModuleEvent
        where THandler : class, IModuleEventHandler<TEvent>
        => services.AddScoped<IModuleEventHandler<TEvent>, THandler>();
}
