using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories.Tokens;

internal sealed class RotateScimTokenInputType : InputObjectGraphType<RotateScimTokenInput>
{
    public RotateScimTokenInputType()
    {
        Name = "RotateScimTokenInput";
        Field<NonNullGraphType<IdGraphType>>("tokenId").Description("The active token to replace.");
        Field<NonNullGraphType<IntGraphType>>("graceMinutes")
            .Description($"How long the old token keeps working ({ScimTokenRotation.MinGraceMinutes} to {ScimTokenRotation.MaxGraceMinutes}), time to put the new one in the IdP; it never extends an earlier expiry.");
        Field<DateTimeGraphType>("expiresAt").Description("The new token's expiry; must be in the future, omitted means it does not expire.");
        Field<StringGraphType>("name").Description($"The new token's label, up to {ScimToken.NameMaxLength} characters; omitted keeps the old token's.");
    }
}
