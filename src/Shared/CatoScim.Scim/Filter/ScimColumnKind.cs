namespace CatoScim.Scim.Filter;

internal enum ScimColumnKind
{
    String,
    Boolean,
    DateTime,
    Guid,
    Number,
}
