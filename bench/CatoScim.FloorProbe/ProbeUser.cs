namespace CatoScim.FloorProbe;

internal sealed record ProbeUser(string[] Schemas, Guid Id, string UserName);
