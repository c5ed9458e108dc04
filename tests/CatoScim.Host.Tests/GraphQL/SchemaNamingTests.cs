using CatoScim.Host.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>The Host's schema as built follows the naming rules; each rule is shown to catch a schema that breaks it.</summary>
public sealed class SchemaNamingTests : IAsyncLifetime
{
    /// <summary>Breaks every rule once, next to names that follow them.</summary>
    private const string Broken = """
        type Query { things(input: ThingsInput, filter: ThingConditions): Int }
        input ThingsInput { filter: ThingFilterInput where: ThingFilter sort: ThingSort }
        input ThingFilterInput { name: String }
        input ThingConditions { name: String }
        input ThingFilter { name: String }
        input ThingSort { direction: SortDirection legacy: LegacyDirection order: ThingOrder }
        enum SortDirection { ASC DESC }
        enum LegacyDirection { ASC DESC }
        enum ThingOrder { NEWEST_FIRST OLDEST_FIRST }
        type Thing { id: ID }
        type Mutation { things: ThingMutations }
        type ThingMutations {
          createThing(input: CreateThingInput!): CreateThingPayload!
          renameThing(input: RenameThingInput!): RenameThingPayload!
          deleteThing(input: ThingIdInput!): ThingPayload
          archiveThing(input: ThingIdInput): ArchiveThingPayload!
        }
        input CreateThingInput { name: String }
        input RenameThingInput { name: String }
        input ThingIdInput { id: ID }
        type CreateThingPayload { thing: Thing! previousThing: Thing things: [Thing!]! }
        type RenameThingPayload { info: Thing! thingBefore: Thing @deprecated(reason: "Use thing.") }
        type ThingPayload { thing: Thing! }
        type ArchiveThingPayload { thing: Thing! }
        """;

    private readonly CatoScimFactory _factory = new();
    private ISchema _served = null!;
    private ISchema _broken = null!;

    public Task InitializeAsync()
    {
        _served = _factory.Services.GetRequiredService<ISchema>();
        _served.Initialize();
        _broken = Schema.For(Broken);
        _broken.Initialize();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public void Every_input_type_ends_in_Input()
    {
        Assert.Empty(SchemaNamingRules.InputNames(_served));
        Assert.Equal(["input ThingConditions does not end in Input", "input ThingFilter does not end in Input", "input ThingSort does not end in Input"],
            SchemaNamingRules.InputNames(_broken).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_filter_takes_a_FilterInput()
    {
        Assert.Empty(SchemaNamingRules.FilterNames(_served));
        Assert.Equal(["Query.things.filter: ThingConditions does not end in FilterInput", "input ThingFilter names a filter but does not end in FilterInput"],
            SchemaNamingRules.FilterNames(_broken).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SortDirection_is_the_only_sort_enum()
    {
        Assert.Empty(SchemaNamingRules.SortEnums(_served));
        Assert.Equal(["enum ThingOrder is a sort order other than SortDirection", "the {ASC, DESC} enums are [LegacyDirection, SortDirection], not just SortDirection"],
            SchemaNamingRules.SortEnums(_broken).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_mutation_returns_its_own_non_null_payload_carrying_objects_under_their_type_name()
    {
        Assert.Empty(SchemaNamingRules.MutationPayloads(_served));
        Assert.Equal(
        [
            "RenameThingPayload.info carries a Thing under another name",
            "ThingMutations.archiveThing(input: ThingIdInput) is not ArchiveThingInput!",
            "ThingMutations.deleteThing returns ThingPayload, not DeleteThingPayload!",
        ], SchemaNamingRules.MutationPayloads(_broken).Order(StringComparer.Ordinal));
    }
}
