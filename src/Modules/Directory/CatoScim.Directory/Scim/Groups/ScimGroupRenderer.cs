using System.Text.Json.Nodes;
using CatoScim.Directory.Groups;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Scim.Auth;
using CatoScim.Scim.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CatoScim.Directory.Scim.Groups;

/// <summary>
/// Renders groups, each with all its members whenever members are wanted: a client that PUTs back what it read
/// (RFC 7644 §3.5.1) must never empty a group because its members were left out. Members are not loaded at all when
/// the client excluded them (Okta and Entra list with excludedAttributes=members). Up to Scim:MaxMembersRendered
/// member entries a response is built as nodes, members read in one query per page; a group over it is answered
/// alone, its members streamed (<see cref="ScimGroupMemberStream"/>) so memory does not follow its size.
/// </summary>
internal sealed class ScimGroupRenderer(DirectoryDbContext db, IOptions<ScimOptions> options, ScimRequestContext scim, ScimMemberStreamTurns turns)
{
    public async Task<IResult> ResourceAsync(Group group, ScimAttributeSelection selection, string baseUrl, int status, CancellationToken ct) =>
        IsStreamed(group, selection)
            ? Streamed(group, selection, baseUrl, resource => resource, status)
            : ScimResults.Json((await RenderAsync([group], selection, baseUrl, ct))[0], status);

    /// <summary>
    /// The list response of one page. With members wanted it ends before the first group whose members no longer fit
    /// in what is left of the limit: RFC 7644 §3.4.2.4 lets a page hold fewer than `count`, itemsPerPage says how many,
    /// and a client paging by startIndex + itemsPerPage reads that group next. A first group alone over the limit is
    /// the whole page, so no page is empty while groups remain.
    /// </summary>
    public async Task<IResult> ListAsync(IReadOnlyList<Group> page, int total, int startIndex, ScimAttributeSelection selection, string baseUrl, CancellationToken ct)
    {
        if (page.Count > 0 && IsStreamed(page[0], selection))
        {
            return Streamed(page[0], selection, baseUrl, resource => ScimListResponse.Build([resource], total, startIndex), StatusCodes.Status200OK);
        }

        var resources = await RenderAsync(selection.Wants("members") ? Fitting(page) : page, selection, baseUrl, ct);
        return ScimResults.Json(ScimListResponse.Build(resources.ToList<JsonNode>(), total, startIndex));
    }

    private bool IsStreamed(Group group, ScimAttributeSelection selection) =>
        group.MemberCount > options.Value.MaxMembersRendered && selection.Wants("members");

    // The limit holds per response, not per group: a page of 500 groups of 10,000 members each would otherwise be
    // 5,000,000 member entries.
    private List<Group> Fitting(IReadOnlyList<Group> page)
    {
        var fitting = new List<Group>();
        var left = (long)options.Value.MaxMembersRendered;
        foreach (var group in page)
        {
            if (group.MemberCount > left)
            {
                break;
            }

            fitting.Add(group);
            left -= group.MemberCount;
        }

        return fitting;
    }

    private async Task<List<JsonObject>> RenderAsync(IReadOnlyList<Group> groups, ScimAttributeSelection selection, string baseUrl, CancellationToken ct)
    {
        var members = groups.Count > 0 && selection.Wants("members") ? (await MembersAsync([.. groups.Select(g => g.Id)], ct)).ToLookup(m => m.GroupId) : null;
        return groups.Select(g => selection.Apply(ScimGroupJson.Write(g, members?[g.Id], baseUrl))).ToList();
    }

    /// <summary>
    /// The group rendered with one member, which stands for all (a selection keeps a member's sub-attributes by name,
    /// never by value); the members array left in the body is written in its place by the stream.
    /// </summary>
    private IResult Streamed(Group group, ScimAttributeSelection selection, string baseUrl, Func<JsonObject, JsonObject> envelope, int status)
    {
        var resource = selection.Apply(ScimGroupJson.Write(group, [new ScimGroupMember(group.Id, Guid.Empty, string.Empty)], baseUrl));
        var body = envelope(resource);
        if (resource["members"] is not JsonArray { Count: 1 } members || members[0] is not JsonObject member)
        {
            // The selection left nothing of a member, so no `members`, as for a group built as nodes.
            return ScimResults.Json(body, status);
        }

        var keys = member.Select(p => p.Key).ToArray();
        return new ScimStreamedJsonResult(body, members, ScimGroupMemberStream.Writer(db, group.Id, keys, baseUrl), status, turns.For(scim.DirectoryId));
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
