namespace CatoScim.Scim.Filter;

public sealed record ScimNotFilter(ScimFilter Inner) : ScimFilter;
