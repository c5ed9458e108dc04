namespace CatoScim.Scim.Filter;

internal abstract record ScimMappedAttribute;
