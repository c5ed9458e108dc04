namespace CatoScim.Events.Provisioning;

/// <summary>
/// Values of <see cref="ProvisioningEvent.ResourceType"/>. A failed SCIM request stores its resource type upper-cased
/// ("User" becomes USER), so both kinds of line about a user share one value.
/// </summary>
internal static class ProvisioningResourceTypes
{
    public const string User = "USER";
    public const string Group = "GROUP";
    public const string Directory = "DIRECTORY";
    public const string License = "LICENSE";

    public static readonly IReadOnlyList<string> All = [User, Group, Directory, License];
}
