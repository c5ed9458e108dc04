using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CatoScim.Host.Cli;

/// <summary>Every stored time is UTC, but SQLite hands it back unmarked; the CLI's JSON says so with a `Z`.</summary>
internal sealed class UtcDateTimeJsonConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTime().ToUniversalTime();

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        var utc = value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime();
        writer.WriteStringValue(utc.ToString("O", CultureInfo.InvariantCulture));
    }
}
