using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories;

internal sealed class UpdateScimSettingsInputType : InputObjectGraphType<UpdateScimSettingsInput>
{
    public UpdateScimSettingsInputType()
    {
        Name = "UpdateScimSettingsInput";
        Field<NonNullGraphType<BooleanGraphType>>("enabled");
    }
}
