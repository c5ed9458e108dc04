namespace CatoScim.Licensing.Pool;

/// <summary>Seats of every account's pool added up: bought, allocated, and users waiting for one.</summary>
internal sealed record LicensePoolUsage(long Total, long Allocated, long Pending);
