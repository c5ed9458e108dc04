using System.Text.Json;
using GraphQLParser;
using GraphQLParser.AST;

namespace CatoScim.Host.Tests.GraphQL.Guide;

/// <summary>The catalogue and GraphQL/Documents list the same documents, and each entry describes its document truly.</summary>
public sealed class GuideCatalogueTests
{
    [Fact]
    public void Every_document_file_has_exactly_one_example_and_every_example_names_a_document_file()
    {
        var files = ConsoleDocuments.Names();
        var cataloged = GuideCatalogue.Examples.Select(e => e.Document).ToList();

        Assert.Empty(files.Except(cataloged, StringComparer.Ordinal));
        Assert.Empty(cataloged.Except(files, StringComparer.Ordinal));
        Assert.Empty(cataloged.GroupBy(d => d, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Each_document_is_one_operation_named_as_its_file_and_queries_are_exactly_the_read_examples()
    {
        foreach (var example in GuideCatalogue.Examples)
        {
            var document = Parser.Parse(ConsoleDocuments.Text(example.Document));
            var operation = Assert.Single(document.Definitions.OfType<GraphQLOperationDefinition>());
            Assert.Equal(example.Document, operation.Name?.StringValue);
            Assert.Equal(operation.Operation == OperationType.Query, example.Effect == GuideEffect.Read);
        }
    }

    [Fact]
    public void Every_example_has_one_sentence_and_its_variables_are_a_json_object()
    {
        Assert.Equal(10, GuideCatalogue.Screens.Count);
        foreach (var example in GuideCatalogue.Examples)
        {
            Assert.True(example.Purpose.EndsWith('.') && !example.Purpose.TrimEnd('.').Contains(". ", StringComparison.Ordinal), example.Purpose);
            Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(example.Variables).RootElement.ValueKind);
        }
    }
}
