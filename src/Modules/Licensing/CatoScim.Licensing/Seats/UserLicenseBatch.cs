using CatoScim.Directory.Contracts;
using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Licensing.Seats;

/// <summary>Scoped: licences of every user the request's user lists registered, loaded once per batch of keys.</summary>
internal sealed class UserLicenseBatch(LicenseReader reader, GraphQLBatchKeys keys)
{
    private readonly Dictionary<Guid, UserLicense> _loaded = [];

    public async Task<UserLicense> GetAsync(Guid accountId, Guid userId, CancellationToken ct)
    {
        if (!_loaded.TryGetValue(userId, out var license))
        {
            var wanted = keys.Take(DirectoryGraphTypes.User).Append(userId).Where(id => !_loaded.ContainsKey(id)).Distinct().ToList();
            foreach (var chunk in wanted.Chunk(LicenseReader.MaxUserIds))
            {
                foreach (var loaded in await reader.LicensesAsync(accountId, chunk, ct))
                {
                    _loaded[loaded.UserId] = loaded;
                }
            }

            license = _loaded[userId];
        }

        return license;
    }
}
