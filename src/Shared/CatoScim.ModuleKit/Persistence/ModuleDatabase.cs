namespace CatoScim.ModuleKit.Persistence;

/// <summary>One per module DbContext, so the Host can migrate, health-check and purge every module without knowing them.</summary>
public sealed record ModuleDatabase(string Module, Type ContextType);
