using CatoScim.Directory.Groups;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Scim.Auth;
using CatoScim.Scim.Protocol;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Scim.Groups;

/// <summary>Reads of the groups this directory owns; groups of other origins are invisible to SCIM until taken over.</summary>
internal sealed class ScimGroupQueries(DirectoryDbContext db, ScimRequestContext scim)
{
    public async Task<Group> GetAsync(Guid id, CancellationToken ct) =>
        await Owned().AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, ct)
        ?? throw ScimException.NotFound($"Group {id} not found.");

    /// <summary>Tracked, for a write inside the request's transaction.</summary>
    /// <exception cref="ScimException">404, or 412 when <paramref name="ifMatch"/> does not name the current version (RFC 7644 §3.14).</exception>
    public async Task<Group> LoadAsync(Guid id, string? ifMatch, CancellationToken ct)
    {
        scim.ResourceId = id;
        var group = await Owned().SingleOrDefaultAsync(g => g.Id == id, ct)
            ?? throw ScimException.NotFound($"Group {id} not found.");
        scim.ResourceName = group.DisplayName;
        scim.ExternalId = group.ExternalId;
        ScimIfMatch.Ensure(ifMatch, ScimGroupJson.ETag(group), "group");

        return group;
    }

    public async Task<(int Total, List<Group> Page)> ListAsync(ScimListQuery query, CancellationToken ct)
    {
        var filtered = ScimQueryable.Apply(Owned().AsNoTracking(), ScimGroupAttributes.Map, query, g => g.Id, scim.Limits);
        var total = await filtered.CountAsync(ct);
        var page = query.Count == 0 ? [] : await filtered.Skip(query.StartIndex - 1).Take(query.Count).ToListAsync(ct);
        return (total, page);
    }

    /// <summary>A same-named SCIM group of this or another directory is a conflict, not a takeover.</summary>
    public async Task EnsureNotOwnedAsync(Group existing, CancellationToken ct)
    {
        if (existing.Origin != GroupOrigin.Scim || existing.DirectoryId is not { } owner)
        {
            return;
        }

        if (owner == scim.DirectoryId)
        {
            throw ScimException.Uniqueness($"A group named '{existing.DisplayName}' already exists in this directory (id {existing.Id}); link to it instead of creating it.");
        }

        var directory = await db.ScimDirectories.Where(d => d.Id == owner).Select(d => d.Name).FirstOrDefaultAsync(ct);
        throw ScimException.Uniqueness($"A group named '{existing.DisplayName}' is already provisioned by another SCIM directory of this account ('{directory}'). Rename the group or stop pushing it there first.");
    }

    private IQueryable<Group> Owned() =>
        db.Groups.Where(g => g.AccountId == scim.AccountId && g.DirectoryId == scim.DirectoryId);
}
