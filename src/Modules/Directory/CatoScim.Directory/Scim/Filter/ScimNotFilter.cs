namespace CatoScim.Directory.Scim.Filter;

internal sealed record ScimNotFilter(ScimFilter Inner) : ScimFilter;
