namespace CatoScim.Directory.Accounts;

internal sealed class Account
{
    public const int NameMaxLength = 200;

    public Guid Id { get; init; }
    public string Name { get; set; } = "";
    public UserIdentity UserIdentity { get; set; }
    public List<string> AlertRecipients { get; set; } = [];
    public bool ScimEnabled { get; set; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public void Touch(DateTime now, string actor)
    {
        UpdatedAt = now;
        UpdatedBy = actor;
    }
}
