namespace CatoScim.Host.Tests.Outbox;

/// <summary>
/// Makes the consumers of one notification type fail until <see cref="Heal"/>: before they apply it, or after they
/// applied it (as if the dispatcher crashed before marking it delivered).
/// </summary>
public sealed class FailingConsumers
{
    private volatile Type? _type;
    private volatile Func<Exception>? _failure;
    private volatile bool _afterApplying;

    public int Failures { get; private set; }

    public void Fail<TNotification>(Func<Exception> failure, bool afterApplying = false)
    {
        _afterApplying = afterApplying;
        _failure = failure;
        _type = typeof(TNotification);
    }

    public void Heal() => _type = null;

    internal bool ShouldFail(object notification, bool applied) =>
        _type == notification.GetType() && _afterApplying == applied;

    internal Exception Failure()
    {
        Failures++;
        return _failure!();
    }
}
