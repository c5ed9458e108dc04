using System.Collections.Concurrent;
using CatoScim.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Scim.Auth;

/// <summary>"Last used" and "last request" are hints for admins: written at most once a minute, never per request.</summary>
internal sealed class ScimUsageRecorder
{
    private static readonly TimeSpan Granularity = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<Guid, DateTime> _lastWritten = new();

    public async Task RecordAsync(DirectoryDbContext db, Guid directoryId, Guid tokenId, DateTime now, CancellationToken ct)
    {
        if (_lastWritten.TryGetValue(tokenId, out var last) && now - last < Granularity)
        {
            return;
        }

        _lastWritten[tokenId] = now;
        await db.ScimTokens.Where(t => t.Id == tokenId).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
        await db.ScimDirectories.Where(d => d.Id == directoryId).ExecuteUpdateAsync(s => s.SetProperty(d => d.LastRequestAt, now), ct);
    }
}
