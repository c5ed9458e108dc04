namespace CatoScim.Directory.Users;

internal sealed class UserFilter
{
    public string? Search { get; set; }
    public UserStatus? Status { get; set; }
    public UserOrigin? Origin { get; set; }
    public string? DirectoryId { get; set; }
    public List<UserStatus>? Statuses { get; set; }
    public string? GroupId { get; set; }
    public string? ExternalId { get; set; }
    public DateTime? CreatedFrom { get; set; }
    public DateTime? CreatedBefore { get; set; }
    public DateTime? UpdatedFrom { get; set; }
    public DateTime? UpdatedBefore { get; set; }

    /// <summary>Names of Licensing's LicenseStatuses.</summary>
    public List<string>? LicenseStatuses { get; set; }
}
