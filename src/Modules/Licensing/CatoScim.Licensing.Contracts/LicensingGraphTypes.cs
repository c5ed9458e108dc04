namespace CatoScim.Licensing.Contracts;

/// <summary>Names of Licensing's GraphQL types that other modules use by name (a <c>GraphQLTypeReference</c>).</summary>
public static class LicensingGraphTypes
{
    /// <summary>The enum of <see cref="Seats.LicenseStatuses"/>: its values are those names, parsed as those strings.</summary>
    public const string LicenseStatus = "LicenseStatus";
}
