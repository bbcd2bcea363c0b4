using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.Web.Platform.Messaging;

namespace SupplierMeetups.UnitTests.Platform;

public sealed class ModuleEventsTests
{
    private sealed record ThingHappened(string What) : IModuleEvent;

    private sealed class Recorder
    {
        public List<string> Seen { get; } = [];
    }

    private sealed class FirstHandler(Recorder recorder) : IModuleEventHandler<ThingHappened>
    {
        public Task HandleAsync(ThingHappened moduleEvent, CancellationToken cancellationToken)
        {
            recorder.Seen.Add("first:" + moduleEvent.What);
            return Task.CompletedTask;
        }
    }

    private sealed class SecondHandler(Recorder recorder) : IModuleEventHandler<ThingHappened>
    {
        public Task HandleAsync(ThingHappened moduleEvent, CancellationToken cancellationToken)
        {
            recorder.Seen.Add("second:" + moduleEvent.What);
            return Task.CompletedTask;
        }
    }

    private sealed class FailingHandler : IModuleEventHandler<ThingHappened>
    {
        public Task HandleAsync(ThingHappened moduleEvent, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("refused");
    }

    private static ServiceProvider Services(Action<IServiceCollection> handlers)
    {
        var services = new ServiceCollection();
        services.AddScoped<Recorder>();
        services.AddScoped<IModuleEvents, ModuleEvents>();
        handlers(services);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Publish_WhenTwoHandlersAreRegistered_RunsBothInOrderInTheCallersScope()
    {
        await using var provider = Services(s => s
            .AddModuleEventHandler<ThingHappened, FirstHandler>()
            .AddModuleEventHandler<ThingHappened, SecondHandler>());
        await using var scope = provider.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<IModuleEvents>().PublishAsync(new ThingHappened("approved"), TestContext.Current.CancellationToken);

        Assert.Equal(["first:approved", "second:approved"], scope.ServiceProvider.GetRequiredService<Recorder>().Seen);
    }

    [Fact]
    public async Task Publish_WhenAHandlerFails_PassesTheFailureToTheCaller()
    {
        await using var provider = Services(s => s.AddModuleEventHandler<ThingHappened, FailingHandler>());
        await using var scope = provider.CreateAsyncScope();
        var events = scope.ServiceProvider.GetRequiredService<IModuleEvents>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => events.PublishAsync(new ThingHappened("x"), TestContext.Current.CancellationToken));
    }
}
