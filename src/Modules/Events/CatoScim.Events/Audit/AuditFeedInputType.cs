using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Events.Audit;

internal sealed class AuditFeedInputType : InputObjectGraphType<AuditFeedInput>
{
    public AuditFeedInputType()
    {
        Name = "AuditFeedInput";
        Field(i => i.Limit, nullable: true).DefaultValue(100).Description($"Page size, 1 to {AuditFeedInput.MaxLimit}.");
        Field(i => i.Marker, nullable: true).Description("The `marker` of the previous page; omit for the first page.");
        Field<AuditFeedFilterInputType>("filter");
        Field<FeedSortInputType>("sort");
    }
}
