using System.Text.Json;
using CatoScim.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Scim.Groups;

/// <summary>
/// The members of a group too large to render as nodes, written as they are read: one forward-only query, nothing
/// tracked, the writer flushed every few kilobytes to the spool (<see cref="ScimStreamedJsonResult"/>), so a response
/// of 50,000 members holds one member at a time.
/// </summary>
internal static class ScimGroupMemberStream
{
    private const int FlushBytes = 16 * 1024;

    /// <param name="keys">The sub-attributes the request's selection leaves of each member, in rendered order.</param>
    public static Func<Utf8JsonWriter, CancellationToken, Task> Writer(DirectoryDbContext db, Guid groupId, IReadOnlyList<string> keys, string baseUrl) =>
        async (writer, ct) =>
        {
            writer.WriteStartArray();
            await foreach (var member in Ordered(db, groupId).AsAsyncEnumerable().WithCancellation(ct))
            {
                ScimGroupJson.WriteMember(writer, member, keys, baseUrl);
                if (writer.BytesPending >= FlushBytes)
                {
                    await writer.FlushAsync(ct);
                }
            }

            writer.WriteEndArray();
            await writer.FlushAsync(ct);
        };

    /// <summary>
    /// By user id, the order the node path sorts in memory (Guid.CompareTo). SQLite keeps ids as upper-case text,
    /// which sorts the same way, so the primary key (GroupId, UserId) gives the order; SQL Server compares a
    /// uniqueidentifier from its last bytes first, so there the text form is sorted.
    /// </summary>
    private static IQueryable<ScimGroupMember> Ordered(DirectoryDbContext db, Guid groupId)
    {
        var members = db.GroupMembers.AsNoTracking().Where(m => m.GroupId == groupId)
            .Join(db.Users.AsNoTracking(), m => m.UserId, u => u.Id, (m, u) => new { m.GroupId, m.UserId, u.UserName });
        members = db.Database.IsSqlite() ? members.OrderBy(m => m.UserId) : members.OrderBy(m => m.UserId.ToString());
        return members.Select(m => new ScimGroupMember(m.GroupId, m.UserId, m.UserName));
    }
}
