using GraphQL.Types;

namespace CatoScim.Events.Digests;

internal sealed class DigestGraphType : ObjectGraphType<DigestRecord>
{
    public DigestGraphType()
    {
        Name = "Digest";
        Field(d => d.WindowStart);
        Field(d => d.WindowEnd);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("recipients").Resolve(ctx => ctx.Source.Recipients);
        Field(d => d.Succeeded);
        Field(d => d.Failed);
        Field<NonNullGraphType<DigestStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(d => d.Error, nullable: true).Description("Why the last attempt failed (FAILED only).");
        Field(d => d.Attempts);
        Field(d => d.SentAt, nullable: true);
    }
}
