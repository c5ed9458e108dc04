namespace CatoScim.ModuleKit.GraphQL;

public sealed record PageInfo(int Total);
