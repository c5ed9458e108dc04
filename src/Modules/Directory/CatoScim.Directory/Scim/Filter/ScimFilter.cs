namespace CatoScim.Directory.Scim.Filter;

internal abstract record ScimFilter;
