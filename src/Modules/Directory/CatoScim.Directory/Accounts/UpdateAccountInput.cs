namespace CatoScim.Directory.Accounts;

/// <summary>Omitted fields stay as they are.</summary>
internal sealed class UpdateAccountInput
{
    public string? Name { get; set; }
    public UserIdentity? UserIdentity { get; set; }
    public List<string>? AlertRecipients { get; set; }
}
