using GraphQL.Types;

namespace CatoScim.Events.Digests;

internal sealed class DigestStatusGraphType : EnumerationGraphType<DigestStatus>
{
    public DigestStatusGraphType() => Name = "DigestStatus";
}
