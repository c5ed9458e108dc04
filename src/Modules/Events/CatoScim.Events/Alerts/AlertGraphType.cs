using GraphQL.Types;

namespace CatoScim.Events.Alerts;

internal sealed class AlertGraphType : ObjectGraphType<AlertRecord>
{
    public AlertGraphType()
    {
        Name = "Alert";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<AlertKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<AlertStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(a => a.DirectoryId, type: typeof(IdGraphType));
        Field(a => a.Subject);
        Field(a => a.Body).Description("The email's text.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("recipients")
            .Description("Who it was sent to (the recipients when it was sent; empty until then and when skipped).")
            .Resolve(ctx => ctx.Source.Recipients);
        Field(a => a.Error, nullable: true).Description("Why the last attempt failed (FAILED only).");
        Field(a => a.SkipReason, nullable: true).Description("Why it was not sent (SKIPPED only).");
        Field(a => a.Attempts);
        Field(a => a.RaisedAt).Description("When the condition occurred (UTC).");
        Field(a => a.SentAt, nullable: true);
    }
}
