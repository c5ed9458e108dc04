using CatoScim.Licensing.Pool;

namespace CatoScim.Licensing.BulkAssignment;

/// <summary>A bulk call's result: one change per distinct user id asked for, in the order asked, and the pool after it.</summary>
internal sealed record LicenseChanges(IReadOnlyList<LicenseChange> Changes, LicensePool Pool);
