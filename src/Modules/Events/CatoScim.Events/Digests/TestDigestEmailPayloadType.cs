using GraphQL.Types;

namespace CatoScim.Events.Digests;

internal sealed class TestDigestEmailPayloadType : ObjectGraphType<TestDigestEmailPayload>
{
    public TestDigestEmailPayloadType()
    {
        Name = "TestDigestEmailPayload";
        Field(p => p.Sent);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("recipients").Resolve(ctx => ctx.Source.Recipients);
    }
}
