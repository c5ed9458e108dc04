namespace CatoScim.Events.Digests;

internal sealed record DigestSettings(bool Enabled, IReadOnlyList<string> Recipients);
