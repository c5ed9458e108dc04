using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Licensing.Rules;

internal sealed record LicenseRulePage(IReadOnlyList<LicenseRule> Items, PageInfo Paging);
