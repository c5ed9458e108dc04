using System.Text.Json;

namespace CatoScim.ModuleKit.Outbox;

internal static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
