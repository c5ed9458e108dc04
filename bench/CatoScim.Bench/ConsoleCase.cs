using System.Text.Json.Nodes;

namespace CatoScim.Bench;

/// <summary>
/// One timed console request: its report row is `console.{Row}`. `QueryText` is set only for a screen whose document
/// the Host does not have yet (sent as text, marked so in the row name).
/// </summary>
internal sealed record ConsoleCase(string Row, string Document, JsonObject Variables, string? QueryText = null);
