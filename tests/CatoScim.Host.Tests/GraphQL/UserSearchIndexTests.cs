using CatoScim.Directory.Users;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>
/// The users search's trigram index (SQLite): a search sees every write at once, queued or indexed, the indexer takes
/// the queue into the index, and a term means what it meant before the index: quotes, FTS5 operators and LIKE
/// wildcards are characters to find, short terms still match.
/// </summary>
public sealed class UserSearchIndexTests() : AccountTestBase(new())
{
    private const string Query = """
        query($a: ID!, $s: String) { directory(accountId: $a) { users(input: { filter: { search: $s } }) { items { userName } paging { total } } } }
        """;

    [Fact]
    public async Task Follows_a_scim_create_a_rename_and_an_admin_delete()
    {
        var scim = await Factory.CreateScimClientAsync(AccountId);
        var created = await scim.PostAsync("/Users", ScimBodies.OktaUser("wren@acme.com", family: "Zephyrine"));
        var id = created.Str("id")!;
        Assert.Equal(["wren@acme.com"], await SearchAsync("ephyri"));

        var renamed = await scim.PutAsync($"/Users/{id}", ScimBodies.OktaUser("wren.q@acme.com", family: "Quillfeather"));
        Assert.Equal(System.Net.HttpStatusCode.OK, renamed.Status);
        Assert.Empty(await SearchAsync("ephyri"));
        Assert.Equal(["wren.q@acme.com"], await SearchAsync("QUILLF"));
        Assert.Equal(["wren.q@acme.com"], await SearchAsync("wren.q@"));

        await Factory.WithDbAsync(db => db.Users.Where(u => u.Id == Guid.Parse(id)).ExecuteDeleteAsync());
        Assert.Empty(await SearchAsync("QUILLF"));
    }

    [Fact]
    public async Task The_indexer_takes_queued_users_into_the_index_and_drops_deleted_ones()
    {
        var kept = await Factory.AddUserAsync(AccountId, "kept@acme.com", origin: UserOrigin.Manual, familyName: "Marchbanks");
        var gone = await Factory.AddUserAsync(AccountId, "gone@acme.com", origin: UserOrigin.Manual, familyName: "Marchmont");
        await DrainedAsync();
        Assert.Equal(new[] { gone, kept }.Order(), (await IndexedAsync("MARCH")).Order());

        await Factory.WithDbAsync(db => db.Users.Where(u => u.Id == gone).ExecuteDeleteAsync());
        await Factory.WithDbAsync(db => db.Users.Where(u => u.Id == kept).ExecuteUpdateAsync(s => s.SetProperty(u => u.FamilyName, "Oakes")));
        await DrainedAsync();

        Assert.Empty(await IndexedAsync("MARCH"));
        Assert.Equal([kept], await IndexedAsync("oakes"));
        Assert.Equal(["kept@acme.com"], await SearchAsync("OAKES"));
        Assert.Equal(0, await OrphanedIndexRowsAsync());
    }

    [Theory]
    [InlineData("o\"ne", new[] { "quote@acme.com" })]
    [InlineData("ONE OR", new string[0])]
    [InlineData("NEIL*", new[] { "quote@acme.com" })]
    [InlineData("*", new[] { "quote@acme.com" })]
    [InlineData("50%", new[] { "percent@acme.com" })]
    [InlineData("o_n", new string[0])]
    [InlineData("AND", new[] { "and@acme.com" })]
    [InlineData("NEAR(", new[] { "near@acme.com" })]
    [InlineData("ut", new[] { "near@acme.com", "percent@acme.com", "quote@acme.com" })]
    [InlineData("a\0b", new string[0])]
    public async Task Treats_every_character_of_the_term_as_text(string search, string[] expected)
    {
        await Factory.AddUserAsync(AccountId, "quote@acme.com", origin: UserOrigin.Manual, givenName: "Ruth", familyName: "O\"Neil*");
        await Factory.AddUserAsync(AccountId, "percent@acme.com", origin: UserOrigin.Manual, givenName: "Ute", familyName: "Ratio 50%");
        await Factory.AddUserAsync(AccountId, "and@acme.com", origin: UserOrigin.Manual, givenName: "Sandy", familyName: "Band");
        await Factory.AddUserAsync(AccountId, "near@acme.com", origin: UserOrigin.Manual, givenName: "Uta", familyName: "near(by)");

        Assert.Equal(expected, (await SearchAsync(search)).Order(StringComparer.Ordinal));
    }

    private async Task<List<string>> SearchAsync(string search)
    {
        var users = (await Client.DataAsync(Query, new { a = AccountId, s = search })).GetProperty("directory").GetProperty("users");
        var names = users.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()!).ToList();
        Assert.Equal(names.Count, users.GetProperty("paging").GetProperty("total").GetInt32());
        return names;
    }

    private Task DrainedAsync() => Eventually.AssertAsync(
        () => Factory.WithDbAsync(db => db.Database.SqlQuery<int>($"""SELECT count(*) AS "Value" FROM "Directory_UserSearchQueue" """).SingleAsync()),
        queued => queued == 0, "the search queue is indexed");

    private Task<List<Guid>> IndexedAsync(string term) => Factory.WithDbAsync(db => db.Database.SqlQuery<Guid>($"""
        SELECT "UserId" AS "Value" FROM "Directory_UserSearch" WHERE "Directory_UserSearch" MATCH {'"' + term + '"'}
        """).ToListAsync());

    private Task<int> OrphanedIndexRowsAsync() => Factory.WithDbAsync(db => db.Database.SqlQuery<int>($"""
        SELECT count(*) AS "Value" FROM "Directory_UserSearchRows" r
        WHERE NOT EXISTS (SELECT 1 FROM "Directory_Users" u WHERE u."Id" = r."UserId")
           OR NOT EXISTS (SELECT 1 FROM "Directory_UserSearch" s WHERE s.rowid = r."SearchRowId")
        """).SingleAsync());
}
