using System.Net;
using CatoScim.Host.Tests.Hangfire;
using CatoScim.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CatoScim.Host.Tests.Console;

/// <summary>
/// Editing a manual group on the console, in headless Chromium against a real Kestrel Host: create it, see a duplicate
/// name refused under its field, add members found by search, remove one, rename and delete it; a group a SCIM directory
/// provisions shows why it cannot be changed here and offers no control that would.
/// </summary>
public sealed class ConsoleGroupsTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task Admin_creates_fills_renames_and_deletes_a_manual_group_and_a_SCIM_group_stays_read_only()
    {
        await using var host = await ConsoleHost.StartAsync("Acme");
        var gql = host.Factory.GraphQL(host.EditorKey);
        var users = (await gql.DataAsync("""
            mutation($a: ID!) { directory(accountId: $a) {
              ann: createUser(input: {userName: "ann@acme.example"}) { user { id } }
              bob: createUser(input: {userName: "bob@acme.example"}) { user { id } }
              zed: createUser(input: {userName: "zed@elsewhere.example"}) { user { id } } } }
            """, new { a = host.AccountId })).GetProperty("directory");
        var scim = await host.Factory.CreateScimClientAsync(host.AccountId);
        var ann = Guid.Parse(users.GetProperty("ann").GetProperty("user").GetProperty("id").GetString()!);
        // A directory pushes only members it provisions: Okta assigns (and so takes over) ann before pushing her group.
        Assert.Equal(ann.ToString(), (await scim.PostAsync("/Users", ScimBodies.OktaUser("ann@acme.example"))).Str("id"));
        var pushed = await scim.PostAsync("/Groups", ScimGroupData.Group("Engineering", [ann]));
        Assert.True(pushed.Status == HttpStatusCode.Created, pushed.ToString());
        var console = host.ConsoleUrl;

        await using var browser = await ConsoleBrowser.StartAsync();
        try
        {
            await browser.SignInAsync(console, host.EditorKey);
            await browser.WaitForAsync("document.querySelector('.sign-out')", "the console");

            await browser.OpenAsync(console + "#/groups");
            await browser.FillAsync("#group-name", "Contractors");
            await browser.ClickButtonAsync("Create group");
            await browser.WaitForAsync("document.querySelector('main h1')?.textContent === 'Contractors'", "the new group's page");
            var groupPage = console + await browser.EvaluateAsync<string>("location.hash");
            await browser.WaitForTextAsync("No members.");

            await browser.OpenAsync(console + "#/groups");
            await browser.FillAsync("#group-name", "contractors");
            await browser.ClickButtonAsync("Create group");
            await browser.WaitForAsync("document.querySelector('#group-name-error')", "the name's error under its field");
            Assert.Contains("already exists", await browser.EvaluateAsync<string>("document.querySelector('#group-name-error').textContent"), StringComparison.Ordinal);
            Assert.Equal("group-name-hint group-name-error", await browser.EvaluateAsync<string>("document.querySelector('#group-name').getAttribute('aria-describedby')"));
            Assert.Equal(0, await browser.EvaluateAsync<int>("document.querySelectorAll('main .banner.error').length"));

            await browser.OpenAsync(groupPage);
            await browser.FillAsync("#member-search", "acme.example");
            await browser.WaitForAsync("document.querySelectorAll('.picks li').length === 2", "the two users the search finds");
            await browser.Page.ClickAsync("input[aria-label='Pick ann@acme.example']");
            await browser.Page.ClickAsync("input[aria-label='Pick bob@acme.example']");
            await browser.ClickButtonAsync("Add 2 members");
            await browser.WaitForAsync("document.querySelector('#members-title').textContent === 'Members (2)'", "two members");
            var members = await MemberNamesAsync(browser);
            Assert.Equal(["ann@acme.example", "bob@acme.example"], members);
            await browser.WaitForAsync("document.querySelector(\"input[aria-label='Pick ann@acme.example']\")?.disabled", "the search to mark them as members");

            await browser.Page.ClickAsync("input[aria-label='Select bob@acme.example']");
            await browser.ClickButtonAsync("Remove 1 selected");
            await browser.WaitForAsync("document.querySelector('#members-title').textContent === 'Members (1)'", "one member left");
            members = await MemberNamesAsync(browser);
            Assert.Equal(["ann@acme.example"], members);

            await browser.ClickButtonAsync("Rename");
            await browser.FillAsync("#group-rename", "Contractors EU");
            await browser.ClickButtonAsync("Save name", "document.querySelector('dialog[open]')");
            await browser.WaitForAsync("document.querySelector('main h1').textContent === 'Contractors EU' && !document.querySelector('dialog[open]')", "the new name");

            await browser.ClickButtonAsync("Delete group");
            await browser.WaitForAsync("document.querySelector('dialog[open]')?.innerText.includes('The group has 1 member. The users are kept')", "the deletion to say what it keeps");
            await browser.ClickButtonAsync("Delete group", "document.querySelector('dialog[open]')");
            await browser.WaitForAsync("location.hash === '#/groups' && [...document.querySelectorAll('main tbody a')].map(a => a.textContent).join() === 'Engineering'", "the list without it");
            var left = await gql.DataAsync("query($a: ID!) { directory(accountId: $a) { users { paging { total } } } }", new { a = host.AccountId });
            Assert.Equal(3, left.GetProperty("directory").GetProperty("users").GetProperty("paging").GetProperty("total").GetInt32());

            await browser.OpenAsync($"{console}#/groups/{pushed.Str("id")}");
            await browser.WaitForAsync("document.querySelector('main h1')?.textContent === 'Engineering' && document.querySelector('#members-title')", "the SCIM group's page");
            Assert.StartsWith("Managed by Okta", await browser.EvaluateAsync<string>("document.querySelector('main .managed').textContent"), StringComparison.Ordinal);
            Assert.EndsWith(": change it in your IdP.", await browser.EvaluateAsync<string>("document.querySelector('main .managed').textContent"), StringComparison.Ordinal);
            Assert.Empty(await browser.EvaluateAsync<string[]>(
                "[...document.querySelectorAll('main button, main input')].filter(e => !e.closest('.pager')).map(e => e.textContent || e.id)"));
            Assert.Empty(browser.Errors);
        }
        catch
        {
            await browser.FailedAsync(output, host.Factory.DataDir);
            throw;
        }
    }

    private static Task<string[]> MemberNamesAsync(ConsoleBrowser browser) =>
        browser.EvaluateAsync<string[]>("[...document.querySelectorAll('main tbody tr td:nth-child(2)')].map(c => c.textContent)");
}
