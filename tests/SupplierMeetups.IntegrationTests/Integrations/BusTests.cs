using System.Collections.Concurrent;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupplierMeetups.IntegrationTests.Infrastructure;
using SupplierMeetups.IntegrationTests.Registration;
using SupplierMeetups.Web.Integrations.Outbox;

namespace SupplierMeetups.IntegrationTests.Integrations;

/// <summary>An integrator's own copy of the contract, in its own namespace: the URN and the entity name (the exchange) bind it to the platform's message.</summary>
[MessageUrn("SupplierMeetups.Integration:FirmApproved")]
[EntityName("SupplierMeetups.Integration:FirmApproved")]
public sealed record IntegratorsFirmApproved(Guid Id, Guid EventId, Guid FirmId);

/// <summary>
/// The integration events on the bus: in memory on the SQLite pass, on the real RabbitMQ in the PostgreSQL pass. A
/// consumer on the same broker (its own queue) receives the typed message with the occurrence's id as MessageId.
/// </summary>
public sealed class BusTests(IntegrationsFactory factory) : IClassFixture<IntegrationsFactory>
{
    [Fact]
    public async Task ApprovingAFirm_PublishesFirmApprovedOnTheBus_FromTheOutbox()
    {
        var received = new ConcurrentQueue<(IntegratorsFirmApproved Message, Guid? MessageId, string? Header)>();
        var bus = factory.Services.GetRequiredService<IBus>();
        var queue = $"integrator-{Guid.NewGuid():N}";
        var handle = ((IBusControl)bus).ConnectReceiveEndpoint(queue, e =>
        {
            e.Handler<IntegratorsFirmApproved>(context =>
            {
                received.Enqueue((context.Message, context.MessageId, context.Headers.Get<string>(BusPublisher.IdHeader)));
                return Task.CompletedTask;
            });
        });
        await handle.Ready.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        try
        {
            var eventId = await factory.SeedEventAsync();
            var (firmId, _) = await factory.RegisterSupplierAsync(eventId);

            await factory.ApproveAsync(eventId, firmId);

            await Eventually.TrueAsync(() => received.Any(r => r.Message.FirmId == firmId), TimeSpan.FromSeconds(30), "FirmApproved on the bus");
            var occurrence = await factory.WithDbAsync(db => db.Set<IntegrationEvent>().SingleAsync(e => e.EventId == eventId, TestContext.Current.CancellationToken));
            var (message, messageId, header) = received.Single(r => r.Message.FirmId == firmId);
            Assert.Equal(occurrence.Id, message.Id);
            Assert.Equal(eventId, message.EventId);
            Assert.Equal(occurrence.Id, messageId);
            Assert.Equal(occurrence.Id.ToString(), header);
            await Eventually.TrueAsync(() => factory.WithDbAsync(db => db.Set<IntegrationEvent>().AnyAsync(e => e.Id == occurrence.Id && e.BusPublishedAt != null)).GetAwaiter().GetResult(),
                TimeSpan.FromSeconds(10), "the occurrence marked as published");
        }
        finally
        {
            await handle.StopAsync(TestContext.Current.CancellationToken);
        }
    }
}
