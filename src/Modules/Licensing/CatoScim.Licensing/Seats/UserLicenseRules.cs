using CatoScim.Licensing.Rules;
using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Licensing.Seats;

/// <summary>Scoped: the rules covering every user whose licence the request returns, loaded once per batch of keys.</summary>
internal sealed class UserLicenseRules(CoveringRuleReader reader, RuleSubjects subjects, GraphQLBatchKeys keys)
{
    /// <summary>The <see cref="GraphQLBatchKeys"/> name under which licence producers register their user ids.</summary>
    public const string Keys = "UserLicense";

    private readonly Dictionary<Guid, List<LicenseRule>> _loaded = [];

    public async Task<IReadOnlyList<LicenseRule>> GetAsync(Guid accountId, Guid userId, CancellationToken ct)
    {
        if (!_loaded.TryGetValue(userId, out var rules))
        {
            var wanted = keys.Take(Keys).Append(userId).Where(id => !_loaded.ContainsKey(id)).Distinct().ToList();
            var covering = await reader.ReadAsync(accountId, wanted, ct);
            foreach (var id in wanted)
            {
                _loaded[id] = covering.GetValueOrDefault(id) ?? [];
            }

            subjects.Register(covering.Values.SelectMany(r => r));
            rules = _loaded[userId];
        }

        return rules;
    }
}
