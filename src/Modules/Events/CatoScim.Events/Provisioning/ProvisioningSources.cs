using CatoScim.Directory.Contracts;

namespace CatoScim.Events.Provisioning;

/// <summary>Values of <see cref="ProvisioningEvent.Source"/>: an IdP, an admin, or the service itself (licence seats).</summary>
internal static class ProvisioningSources
{
    public const string System = "SYSTEM";

    public static readonly IReadOnlyList<string> All = [ChangeSources.Scim, ChangeSources.Admin, System];
}
