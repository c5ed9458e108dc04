using GraphQL.Types;

namespace CatoScim.Directory.Scim.Directories;

internal sealed class UpdateScimSettingsInputType : InputObjectGraphType<UpdateScimSettingsInput>
{
    public UpdateScimSettingsInputType()
    {
        Name = "UpdateScimSettingsInput";
        Field<NonNullGraphType<BooleanGraphType>>("enabled");
    }
}
