using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Directory.ApiKeys;

internal sealed class CreateApiKeyInputType : InputObjectGraphType<CreateApiKeyInput>
{
    public CreateApiKeyInputType()
    {
        Name = "CreateApiKeyInput";
        Field(i => i.Name);
        Field<NonNullGraphType<EnumerationGraphType<AdminRole>>>("role");
        Field(i => i.ExpiresAt, nullable: true);
    }
}
