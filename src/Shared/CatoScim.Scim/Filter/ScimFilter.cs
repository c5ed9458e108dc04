namespace CatoScim.Scim.Filter;

public abstract record ScimFilter;
