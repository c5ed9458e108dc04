namespace CatoScim.Host.Tests.GraphQL.Guide;

/// <param name="Document">The file name under GraphQL/Documents without `.graphql` (also the operation's name).</param>
/// <param name="Purpose">One sentence: what the screen does with the document.</param>
/// <param name="Variables">JSON, with readable placeholders (`"ACCOUNT_ID"`, `"USER_ID"`) for the ids of the caller's data.</param>
internal sealed record GuideExample(string Document, GuideEffect Effect, string Purpose, string Variables);
