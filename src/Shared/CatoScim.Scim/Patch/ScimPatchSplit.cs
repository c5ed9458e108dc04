namespace CatoScim.Scim.Patch;

/// <summary>
/// Operations on one multi-valued attribute (e.g. members, which is never rendered for huge groups)
/// separated from the rest, which still apply to the rendered resource.
/// </summary>
public sealed record ScimPatchSplit(IReadOnlyList<ScimPatchOperation> Extracted, ScimPatchRequest Remaining);
