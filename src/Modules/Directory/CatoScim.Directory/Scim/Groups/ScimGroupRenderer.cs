using System.Text.Json.Nodes;
using CatoScim.Directory.Groups;
using CatoScim.Directory.Persistence;
using CatoScim.Scim.Protocol;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CatoScim.Directory.Scim.Groups;

/// <summary>
/// Renders groups with their members in one query per page. Members are not loaded at all when the client
/// excluded them (Okta and Entra list with excludedAttributes=members), nor for groups above Scim:MaxMembersRendered.
/// </summary>
internal sealed class ScimGroupRenderer(DirectoryDbContext db, IOptions<ScimOptions> options)
{
    public async Task<JsonObject> RenderAsync(Group group, ScimAttributeSelection selection, string baseUrl, CancellationToken ct) =>
        (await RenderAsync([group], selection, baseUrl, ct))[0];

    public async Task<List<JsonObject>> RenderAsync(IReadOnlyList<Group> groups, ScimAttributeSelection selection, string baseUrl, CancellationToken ct)
    {
        var max = options.Value.MaxMembersRendered;
        var withMembers = selection.Wants("members")
            ? groups.Where(g => g.MemberCount <= max).Select(g => g.Id).ToList()
            : [];
        var members = withMembers.Count == 0 ? [] : await MembersAsync(withMembers, ct);
        var byGroup = members.ToLookup(m => m.GroupId);
        return groups.Select(g => selection.Apply(ScimGroupJson.Write(g, withMembers.Contains(g.Id) ? byGroup[g.Id] : null, baseUrl))).ToList();
    }

    private async Task<List<ScimGroupMember>> MembersAsync(List<Guid> groupIds, CancellationToken ct)
    {
        var members = new List<ScimGroupMember>();
        foreach (var chunk in groupIds.Chunk(500))
        {
            members.AddRange(await db.GroupMembers.AsNoTracking()
                .Where(m => chunk.Contains(m.GroupId))
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new ScimGroupMember(m.GroupId, u.Id, u.UserName))
                .ToListAsync(ct));
        }

        return members.OrderBy(m => m.UserId).ToList();
    }
}
