using Mediator;

namespace CatoScim.Host.Tests.Outbox;

/// <summary>Stands in for the Mediator publisher the outbox dispatcher resolves, delegating to the real one.</summary>
internal sealed class FailingPublisher(IMediator mediator, FailingConsumers failing) : IPublisher
{
    public async ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification => await Publish((object)notification, cancellationToken);

    public async ValueTask Publish(object notification, CancellationToken cancellationToken = default)
    {
        if (failing.ShouldFail(notification, applied: false))
        {
            throw failing.Failure();
        }

        await mediator.Publish(notification, cancellationToken);
        if (failing.ShouldFail(notification, applied: true))
        {
            throw failing.Failure();
        }
    }
}
