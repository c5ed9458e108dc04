using System.Diagnostics;

namespace CatoScim.ModuleKit.Outbox;

/// <summary>
/// Spans of outbox deliveries. A delivery runs later, on the dispatcher's thread, so it is not a child of the request
/// that wrote the notification: its span starts a trace of its own and links to that request (OpenTelemetry's
/// messaging conventions for a consumer that processes a message produced elsewhere).
/// </summary>
public static class OutboxTracing
{
    public const string SourceName = "CatoScim.Outbox";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>
    /// The current request's W3C traceparent, or null when no tracer listens to deliveries: with tracing off the SCIM
    /// create path builds no string for it.
    /// </summary>
    internal static string? CurrentTraceParent() =>
        Source.HasListeners() && Activity.Current is { IdFormat: ActivityIdFormat.W3C } current
            && current.Id is { Length: <= OutboxMessage.TraceParentMax } id
            ? id
            : null;

    internal static Activity? StartRun(string module, int count)
    {
        var activity = Source.StartActivity($"deliver {module} outbox", ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("messaging.system", "catoscim.outbox");
            activity.SetTag("messaging.destination.name", module);
            activity.SetTag("messaging.batch.message_count", count);
        }

        return activity;
    }

    internal static Activity? StartDelivery(string module, OutboxMessage message)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        ActivityLink[]? links = message.TraceParent is { } parent && ActivityContext.TryParse(parent, null, isRemote: true, out var context)
            ? [new ActivityLink(context)]
            : null;
        var notification = OutboxMessage.ShortTypeName(message.Type);
        var activity = Source.StartActivity($"process {notification}", ActivityKind.Consumer, parentContext: default, links: links);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("messaging.system", "catoscim.outbox");
            activity.SetTag("messaging.operation.type", "process");
            activity.SetTag("messaging.destination.name", module);
            activity.SetTag("messaging.message.id", message.Id.ToString());
            activity.SetTag("catoscim.outbox.notification", notification);
            activity.SetTag("catoscim.outbox.attempt", message.Attempts + 1);
        }

        return activity;
    }

    internal static void Failed(Activity? activity, Exception exception)
    {
        if (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            activity.AddException(exception);
        }
    }
}
