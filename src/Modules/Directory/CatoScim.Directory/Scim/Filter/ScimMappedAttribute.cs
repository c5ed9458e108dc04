namespace CatoScim.Directory.Scim.Filter;

internal abstract record ScimMappedAttribute;
