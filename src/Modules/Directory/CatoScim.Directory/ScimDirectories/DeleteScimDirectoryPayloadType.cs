using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories;

internal sealed class DeleteScimDirectoryPayloadType : ObjectGraphType<ScimDirectoryView>
{
    public DeleteScimDirectoryPayloadType()
    {
        Name = "DeleteScimDirectoryPayload";
        Field<NonNullGraphType<ScimDirectoryGraphType>>("scimDirectory").Resolve(ctx => ctx.Source);
        // The old name, kept as on CreateScimDirectoryPayload (where other tools select it) so the three read alike.
        Field<NonNullGraphType<ScimDirectoryGraphType>>("directory").DeprecationReason("Use scimDirectory.").Resolve(ctx => ctx.Source);
    }
}
