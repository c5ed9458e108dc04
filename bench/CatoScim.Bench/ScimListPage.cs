namespace CatoScim.Bench;

/// <summary>The parts of a SCIM ListResponse the bench checks.</summary>
internal sealed record ScimListPage(int TotalResults, IReadOnlyList<string> Ids);
