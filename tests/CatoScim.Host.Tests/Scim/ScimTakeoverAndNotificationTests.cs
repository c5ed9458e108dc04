using System.Net;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Users;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;

namespace CatoScim.Host.Tests.Scim;

public sealed class ScimTakeoverAndNotificationTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new(settings: new() { ["Outbox:DispatcherEnabled"] = "false" });
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync() => _scim = await _factory.CreateScimClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Scim_takes_over_a_manual_user_with_the_same_email()
    {
        var manualId = Guid.CreateVersion7();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            var user = new User { Id = manualId, AccountId = _scim.AccountId, Origin = UserOrigin.Manual, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            user.Apply(new UserFields { UserName = "Carol@Acme.com", Title = "old" });
            db.Users.Add(user);
            await db.SaveChangesAsync();
        }

        var created = await _scim.PostAsync("/Users", OktaUser("carol@acme.com"));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(manualId.ToString(), created.Str("id"));
        Assert.Equal("carol@acme.com", created.Str("userName"));
        await using var check = _factory.Services.CreateAsyncScope();
        var stored = await check.ServiceProvider.GetRequiredService<DirectoryDbContext>().Users.SingleAsync(u => u.Id == manualId);
        Assert.Equal(UserOrigin.Scim, stored.Origin);
        Assert.Equal(_scim.DirectoryId, stored.DirectoryId);
        Assert.Contains("\"TookOver\":true", await PayloadAsync("UserProvisioned"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_write_publishes_what_happened()
    {
        var id = (await _scim.PostAsync("/Users", OktaUser("dan@acme.com"))).Str("id");
        await _scim.PatchAsync($"/Users/{id}", Patch("""{"op":"replace","path":"title","value":"Lead"}"""));
        await _scim.PatchAsync($"/Users/{id}", Patch("""{"op":"replace","value":{"active":false}}"""));
        await _scim.PatchAsync($"/Users/{id}", Patch("""{"op":"replace","value":{"active":true}}"""));
        await _scim.PutAsync($"/Users/{id}", OktaUser("dan@acme.com", title: "Lead"));
        await _scim.DeleteAsync($"/Users/{id}");
        await _scim.PostAsync("/Users", OktaUser("not an email"));

        var types = await TypesAsync();
        Assert.Equal(["UserProvisioned", "UserUpdated", "UserDeactivated", "UserReactivated", "UserUnlinked", "ScimRequestFailed"], types);
        Assert.Contains("\"ChangedAttributes\":[\"title\"]", await PayloadAsync("UserUpdated"), StringComparison.OrdinalIgnoreCase);
        var failure = await PayloadAsync("ScimRequestFailed");
        Assert.Contains("\"HttpStatus\":400", failure, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"ScimType\":\"invalidValue\"", failure, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("USER_CREATE", failure, StringComparison.Ordinal);
    }

    private async Task<List<string>> TypesAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Set<OutboxMessage>().OrderBy(m => m.Sequence).Select(m => m.Type).ToListAsync();
        // The accounts' creation (and its audit records) is setup, not a SCIM write.
        return rows.Select(t => t.Split(',')[0].Split('.')[^1]).Where(t => t is not ("AccountCreated" or "AdminChangeAudited")).ToList();
    }

    private async Task<string> PayloadAsync(string type)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Set<OutboxMessage>()
            .Where(m => m.Type.Contains(type)).OrderByDescending(m => m.Sequence).Select(m => m.Payload).FirstAsync();
    }
}
