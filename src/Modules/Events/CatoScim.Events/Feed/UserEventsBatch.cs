using CatoScim.Directory.Contracts;
using CatoScim.Events.Persistence;
using CatoScim.Events.Provisioning;
using CatoScim.ModuleKit.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Feed;

/// <summary>
/// Scoped: `User.events` for every user the request's user lists registered, read in one query per batch of keys
/// (the newest `limit` of each user, ranked in SQL), so a page of users costs one query, not one per user.
/// </summary>
internal sealed class UserEventsBatch(EventsDbContext db, GraphQLBatchKeys keys)
{
    public const int MaxLimit = 100;
    private const string Reader = "events";
    private const int Chunk = 500;

    private readonly HashSet<Guid> _users = [];

    // Aliases may ask for different limits in one request: each limit is a batch of its own.
    private readonly Dictionary<int, Dictionary<Guid, List<ProvisioningEvent>>> _loaded = [];

    public async Task<List<ProvisioningEvent>> GetAsync(Guid accountId, Guid userId, int limit, CancellationToken ct)
    {
        if (limit is < 1 or > MaxLimit)
        {
            throw GraphQLErrors.Validation("limit", $"limit must be between 1 and {MaxLimit}.");
        }

        _users.UnionWith(keys.Take(DirectoryGraphTypes.User, Reader));
        _users.Add(userId);
        if (!_loaded.TryGetValue(limit, out var byUser))
        {
            _loaded[limit] = byUser = [];
        }

        if (!byUser.TryGetValue(userId, out var events))
        {
            foreach (var chunk in _users.Where(id => !byUser.ContainsKey(id)).Chunk(Chunk))
            {
                foreach (var id in chunk)
                {
                    byUser[id] = [];
                }

                foreach (var e in await NewestAsync(accountId, chunk, limit, ct))
                {
                    byUser[e.ResourceId!.Value].Add(e);
                }
            }

            events = byUser[userId];
        }

        return events;
    }

    /// <summary>
    /// The newest `limit` of each user in one statement: EF ranks a correlated collection with ROW_NUMBER() partitioned
    /// by user, and the ids repeated inside keep that ranking to these users' rows (an index range each), not the account's.
    /// </summary>
    private async Task<List<ProvisioningEvent>> NewestAsync(Guid accountId, Guid[] userIds, int limit, CancellationToken ct)
    {
        var history = db.ProvisioningEvents.AsNoTracking()
            .Where(e => e.AccountId == accountId && e.ResourceId != null && userIds.Contains(e.ResourceId.Value));
        var query = history.Select(e => e.ResourceId).Distinct()
            .Select(user => history.Where(e => e.ResourceId == user).OrderByDescending(e => e.Time).ThenByDescending(e => e.Id).Take(limit).ToList());
        return [.. (await query.ToListAsync(ct)).SelectMany(events => events)];
    }
}
