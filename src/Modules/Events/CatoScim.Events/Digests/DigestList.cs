using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Events.Digests;

internal sealed record DigestList(IReadOnlyList<DigestRecord> Items, PageInfo Paging);
