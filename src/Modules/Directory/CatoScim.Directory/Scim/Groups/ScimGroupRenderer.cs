using System.Text.Json.Nodes;
using CatoScim.Directory.Groups;
using CatoScim.Directory.Persistence;
using CatoScim.Scim.Protocol;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CatoScim.Directory.Scim.Groups;

/// <summary>
/// Renders groups with their members in one query per page. Members are not loaded at all when the client
/// excluded them (Okta and Entra list with excludedAttributes=members), nor beyond Scim:MaxMembersRendered in one response.
/// </summary>
internal sealed class ScimGroupRenderer(DirectoryDbContext db, IOptions<ScimOptions> options)
{
    public async Task<JsonObject> RenderAsync(Group group, ScimAttributeSelection selection, string baseUrl, CancellationToken ct) =>
        (await RenderAsync([group], selection, baseUrl, ct))[0];

    public async Task<List<JsonObject>> RenderAsync(IReadOnlyList<Group> groups, ScimAttributeSelection selection, string baseUrl, CancellationToken ct)
    {
        var withMembers = selection.Wants("members") ? WithMembers(groups, options.Value.MaxMembersRendered) : [];
        var members = withMembers.Count == 0 ? [] : await MembersAsync([.. withMembers], ct);
        var byGroup = members.ToLookup(m => m.GroupId);
        return groups.Select(g => selection.Apply(ScimGroupJson.Write(g, withMembers.Contains(g.Id) ? byGroup[g.Id] : null, baseUrl))).ToList();
    }

    // The limit holds per response, not per group: a page of 500 groups of 10,000 members each would otherwise be
    // 5,000,000 member entries. Groups that do not fit in what is left are served without `members`, like big ones.
    private static HashSet<Guid> WithMembers(IReadOnlyList<Group> groups, int max)
    {
        var chosen = new HashSet<Guid>();
        var left = (long)max;
        foreach (var group in groups)
        {
            if (group.MemberCount <= left)
            {
                chosen.Add(group.Id);
                left -= group.MemberCount;
            }
        }

        return chosen;
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
