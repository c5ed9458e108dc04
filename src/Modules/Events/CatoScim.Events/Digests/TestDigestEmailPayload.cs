namespace CatoScim.Events.Digests;

internal sealed record TestDigestEmailPayload(bool Sent, IReadOnlyList<string> Recipients);
