using CatoScim.Events.Persistence;
using CatoScim.Host.Tests.GraphQL;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Events;

public sealed class DirectoryNamesTests
{
    [Fact]
    public async Task Events_keeps_the_name_and_provider_of_directories_admins_create_and_rename()
    {
        await using var factory = new CatoScimFactory();
        var (accountId, key) = await factory.CreateAccountAsync();
        var client = factory.GraphQL(key);
        var id = await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Okta prod");
        await Eventually.AssertAsync(() => NameAsync(factory, id), n => n == "Okta prod (OKTA)", "the created directory's copy");

        factory.Time.Advance(TimeSpan.FromSeconds(1));
        await client.DataAsync("mutation($a: ID!, $d: ID!) { directory(accountId: $a) { updateScimDirectory(input: {directoryId: $d, name: \"Entra EU\", provider: ENTRA}) { scimDirectory { id } } } }",
            new { a = accountId, d = id });
        await Eventually.AssertAsync(() => NameAsync(factory, id), n => n == "Entra EU (ENTRA)", "the renamed directory's copy");
    }

    private static async Task<string?> NameAsync(CatoScimFactory factory, string directoryId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EventsDbContext>().Directories
            .Where(d => d.DirectoryId == Guid.Parse(directoryId)).Select(d => d.Name + " (" + d.Provider + ")").SingleOrDefaultAsync();
    }
}
