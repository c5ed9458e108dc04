using GraphQL.Types;

namespace CatoScim.Events.Digests;

internal sealed class SendTestDigestEmailPayloadType : ObjectGraphType<TestDigestEmailPayload>
{
    public SendTestDigestEmailPayloadType()
    {
        Name = "SendTestDigestEmailPayload";
        Field(p => p.Sent);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("recipients").Resolve(ctx => ctx.Source.Recipients);
    }
}
