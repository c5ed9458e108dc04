namespace CatoScim.Scim.Patch;

public enum ScimPatchOperationType
{
    Add,
    Remove,
    Replace,
}
