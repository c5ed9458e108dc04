namespace CatoScim.Licensing.Pool;

/// <summary>An admin's pool change; a term bound or the release setting the input omits keeps its value.</summary>
internal sealed record PoolUpdate(int Total, bool HasTermStart = false, DateTime? TermStart = null, bool HasTermEnd = false, DateTime? TermEnd = null, bool? ReleaseOnDisable = null);
