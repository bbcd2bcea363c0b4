using MassTransit;

namespace SupplierMeetups.Web.Platform.Email;

internal sealed class EmailQueuedConsumer(EmailDispatcher dispatcher) : IConsumer<EmailQueued>
{
    public Task Consume(ConsumeContext<EmailQueued> context) =>
        dispatcher.DispatchAsync(context.Message.EmailId, context.CancellationToken);
}
