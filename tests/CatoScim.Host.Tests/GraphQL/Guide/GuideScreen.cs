namespace CatoScim.Host.Tests.GraphQL.Guide;

/// <summary>One screen of the admin console and the documents it sends, in the order the guide shows them.</summary>
internal sealed record GuideScreen(string Title, IReadOnlyList<GuideExample> Examples);
