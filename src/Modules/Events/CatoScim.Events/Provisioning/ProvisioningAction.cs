namespace CatoScim.Events.Provisioning;

internal enum ProvisioningAction
{
    Success,
    Failure,
    Disabled,
}
