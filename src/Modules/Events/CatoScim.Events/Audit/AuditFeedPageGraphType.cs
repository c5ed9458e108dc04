using GraphQL.Types;

namespace CatoScim.Events.Audit;

internal sealed class AuditFeedPageGraphType : ObjectGraphType<AuditFeedPage>
{
    public AuditFeedPageGraphType()
    {
        Name = "AuditFeedPage";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditRecordGraphType>>>>("items").Resolve(ctx => ctx.Source.Items);
        Field(p => p.Marker, nullable: true).Description("Opaque; pass it back to get the next page.");
        Field(p => p.HasMore);
        Field(p => p.FetchedCount);
    }
}
