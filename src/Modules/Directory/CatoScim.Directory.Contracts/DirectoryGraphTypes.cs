namespace CatoScim.Directory.Contracts;

/// <summary>
/// Names of Directory's GraphQL object types that other modules extend (an <c>IObjectFieldContributor.TypeName</c>)
/// and batch-load keys for (<c>GraphQLBatchKeys</c>).
/// </summary>
public static class DirectoryGraphTypes
{
    public const string User = "User";
}
