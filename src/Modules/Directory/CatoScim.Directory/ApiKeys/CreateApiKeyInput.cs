using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Directory.ApiKeys;

internal sealed class CreateApiKeyInput
{
    public string Name { get; set; } = "";
    public AdminRole Role { get; set; }
    public DateTime? ExpiresAt { get; set; }
}
