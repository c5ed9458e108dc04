using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.ModuleKit.AdminKeys;

/// <summary>What an operator may see of a key: its prefix tells keys apart, the secret is never kept.</summary>
public sealed record AdminKeySummary(
    Guid Id,
    string Name,
    AdminRole Role,
    string Prefix,
    DateTime CreatedAt,
    string CreatedBy,
    DateTime? ExpiresAt,
    DateTime? LastUsedAt,
    DateTime? RevokedAt);
