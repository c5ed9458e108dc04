using CatoScim.Directory.Groups;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Scim.Users;
using CatoScim.Directory.Users;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Scim;

/// <summary>The prepared-statement reads must return exactly what an untracked EF query returns.</summary>
public sealed class ScimUserReadsTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new(settings: new() { ["Outbox:DispatcherEnabled"] = "false" });
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync() => _scim = await _factory.CreateScimClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_user_read_by_id_or_userName_equals_the_EF_read_in_every_mapped_property()
    {
        var id = await AddUserAsync(new UserFields
        {
            UserName = "Ünïcode.Name@Acme.com",
            ExternalId = "00u1",
            GivenName = "Zoë",
            FamilyName = "O'Neil",
            DisplayName = "Zoë O'Neil",
            Email = "zoe@acme.com",
            Phone = "+1 555 0100",
            Title = "Lead",
            Department = "R&D",
            EmployeeNumber = "42",
            CostCenter = "CC-1",
            Organization = "Acme",
            Division = "West",
        }, active: false);

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var reads = scope.ServiceProvider.GetRequiredService<ScimUserReads>();
        var expected = await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
        var byId = await reads.InDirectoryAsync(db, id, _scim.AccountId, _scim.DirectoryId, default);
        var byName = await reads.ByUserNameInDirectoryAsync(db, _scim.AccountId, _scim.DirectoryId, expected.UserNameNormalized, default);

        foreach (var property in db.Model.FindEntityType(typeof(User))!.GetProperties())
        {
            var member = property.PropertyInfo!;
            Assert.Equal(member.GetValue(expected), member.GetValue(byId));
            Assert.Equal(member.GetValue(expected), member.GetValue(byName));
        }

        Assert.False(byId!.Active);
        Assert.Equal(UserOrigin.Scim, byId.Origin);
    }

    [Fact]
    public async Task Without_the_prepared_pool_the_EF_queries_answer_the_same()
    {
        var id = await AddUserAsync(new UserFields { UserName = "fallback@acme.com", Title = "Lead" }, active: true);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var prepared = scope.ServiceProvider.GetRequiredService<ScimUserReads>();
        var ef = new ScimUserReads(pool: null);

        var fromEf = await ef.InDirectoryAsync(db, id, _scim.AccountId, _scim.DirectoryId, default);
        var fromPrepared = await prepared.InDirectoryAsync(db, id, _scim.AccountId, _scim.DirectoryId, default);
        foreach (var property in db.Model.FindEntityType(typeof(User))!.GetProperties())
        {
            Assert.Equal(property.PropertyInfo!.GetValue(fromPrepared), property.PropertyInfo!.GetValue(fromEf));
        }

        Assert.Equal(id, (await ef.ByUserNameInDirectoryAsync(db, _scim.AccountId, _scim.DirectoryId, "FALLBACK@ACME.COM", default))?.Id);
        Assert.True(await ef.UserNameTakenAsync(db, _scim.AccountId, "FALLBACK@ACME.COM", default));
        Assert.False(await ef.UserNameTakenAsync(db, _scim.AccountId, "NOBODY@ACME.COM", default));
        Assert.Empty(await ef.GroupsOfAsync(db, id, default));
    }

    [Fact]
    public async Task Reads_are_scoped_to_the_account_and_directory()
    {
        var id = await AddUserAsync(new UserFields { UserName = "scoped@acme.com" }, active: true);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var reads = scope.ServiceProvider.GetRequiredService<ScimUserReads>();

        Assert.Null(await reads.InDirectoryAsync(db, id, _scim.AccountId, Guid.NewGuid(), default));
        Assert.Null(await reads.InDirectoryAsync(db, id, Guid.NewGuid(), _scim.DirectoryId, default));
        Assert.Null(await reads.ByUserNameInDirectoryAsync(db, _scim.AccountId, Guid.NewGuid(), "SCOPED@ACME.COM", default));
        Assert.True(await reads.UserNameTakenAsync(db, _scim.AccountId, "SCOPED@ACME.COM", default));
        Assert.False(await reads.UserNameTakenAsync(db, _scim.AccountId, "OTHER@ACME.COM", default));
        Assert.False(await reads.UserNameTakenAsync(db, Guid.NewGuid(), "SCOPED@ACME.COM", default));
    }

    [Fact]
    public async Task A_users_groups_are_read_with_their_names()
    {
        var id = await AddUserAsync(new UserFields { UserName = "member@acme.com" }, active: true);
        var groups = new[] { Guid.CreateVersion7(), Guid.CreateVersion7() };
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            foreach (var (groupId, name) in groups.Zip(["Eng", "Ops"]))
            {
                var group = new Group { Id = groupId, AccountId = _scim.AccountId, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
                group.Rename(name);
                db.Groups.Add(group);
                db.GroupMembers.Add(new GroupMember { GroupId = groupId, UserId = id, AccountId = _scim.AccountId, AddedAt = DateTime.UtcNow });
            }

            await db.SaveChangesAsync();
        }

        await using var read = _factory.Services.CreateAsyncScope();
        var found = await read.ServiceProvider.GetRequiredService<ScimUserReads>()
            .GroupsOfAsync(read.ServiceProvider.GetRequiredService<DirectoryDbContext>(), id, default);
        Assert.Equal(
            [(groups[0], "Eng"), (groups[1], "Ops")],
            found.Select(g => (g.GroupId, g.DisplayName)).OrderBy(g => g.DisplayName).ToArray());
        Assert.All(found, g => Assert.Equal(id, g.UserId));
    }

    private async Task<Guid> AddUserAsync(UserFields fields, bool active)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var now = new DateTime(2026, 11, 29, 10, 11, 12, 345, DateTimeKind.Utc);
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            AccountId = _scim.AccountId,
            DirectoryId = _scim.DirectoryId,
            Origin = UserOrigin.Scim,
            CreatedAt = now,
            UpdatedAt = now.AddMinutes(5),
            Active = active,
            Version = 7,
        };
        user.Apply(fields);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }
}
