namespace CatoScim.Scim.Filter;

/// <summary>
/// <c>emails[type eq "work" and value co "@acme.com"]</c>: <see cref="Filter"/> is evaluated against
/// each element of <see cref="Path"/>, with paths relative to the element (RFC 7644 §3.4.2.2 valuePath).
/// </summary>
public sealed record ScimValuePathFilter(ScimAttributePath Path, ScimFilter Filter) : ScimFilter;
