using System.Collections.Concurrent;

namespace CatoScim.Directory.Scim.Groups;

/// <summary>
/// One streamed member list at a time per directory. Sending a group of 20,000 members takes about 0.1 s of CPU,
/// and the rate limit alone (100 requests a second, a burst of 200) would let one directory's token keep both cores
/// busy for many seconds with reads of its biggest group. Its later reads wait their turn before anything is read. A
/// turn lasts until the client has the body, so a directory spools one such body at a time and its temporary files stay
/// the size of its biggest group, however many slow readers it opens; other directories never wait for it. A
/// directory's lock is kept for the life of the process: one per directory.
/// </summary>
internal sealed class ScimMemberStreamTurns
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _turns = new();

    public SemaphoreSlim For(Guid directoryId) => _turns.GetOrAdd(directoryId, _ => new SemaphoreSlim(1, 1));
}
