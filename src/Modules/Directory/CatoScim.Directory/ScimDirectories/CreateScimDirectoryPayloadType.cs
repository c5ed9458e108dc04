using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories;

internal sealed class CreateScimDirectoryPayloadType : ObjectGraphType<ScimDirectoryView>
{
    public CreateScimDirectoryPayloadType()
    {
        Name = "CreateScimDirectoryPayload";
        Field<NonNullGraphType<ScimDirectoryGraphType>>("scimDirectory").Resolve(ctx => ctx.Source);
        // Other tools select `directory { id baseUrl }` here; the old name keeps working for them.
        Field<NonNullGraphType<ScimDirectoryGraphType>>("directory").DeprecationReason("Use scimDirectory.").Resolve(ctx => ctx.Source);
    }
}
