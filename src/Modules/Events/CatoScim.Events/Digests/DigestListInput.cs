using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Events.Digests;

internal sealed class DigestListInput
{
    public PagingInput? Paging { get; set; }
}
