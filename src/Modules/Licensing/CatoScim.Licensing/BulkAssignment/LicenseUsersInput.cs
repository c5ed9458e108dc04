namespace CatoScim.Licensing.BulkAssignment;

internal sealed class LicenseUsersInput
{
    public List<string> UserIds { get; set; } = [];
}
