using CatoScim.Directory.Auditing;
using CatoScim.Scim.Protocol;
using Microsoft.Extensions.Options;

namespace CatoScim.Directory.Scim.Auth;

/// <summary>Scoped: the authenticated directory of this SCIM request, and what is known of the resource for failure reports.</summary>
internal sealed class ScimRequestContext(IOptions<ScimOptions> options)
{
    private string? _actor;

    /// <summary>What the engine accepts from this request (filter depth and length, PATCH size).</summary>
    public ScimLimits Limits { get; } = options.Value.Limits();

    public Guid AccountId { get; private set; }
    public Guid DirectoryId { get; private set; }
    public string BaseUrl { get; private set; } = "";
    public string? ResourceName { get; set; }
    public string? ExternalId { get; set; }
    public Guid? ResourceId { get; set; }

    /// <summary>`scim:{directoryId}` for CreatedBy/UpdatedBy; built on the first write, so reads never pay for it.</summary>
    public string Actor => _actor ??= ScimActor.Of(DirectoryId);

    public void Authenticate(Guid accountId, Guid directoryId, string baseUrl)
    {
        AccountId = accountId;
        DirectoryId = directoryId;
        BaseUrl = baseUrl;
        _actor = null;
    }
}
