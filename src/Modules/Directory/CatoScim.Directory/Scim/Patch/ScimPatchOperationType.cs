namespace CatoScim.Directory.Scim.Patch;

internal enum ScimPatchOperationType
{
    Add,
    Remove,
    Replace,
}
