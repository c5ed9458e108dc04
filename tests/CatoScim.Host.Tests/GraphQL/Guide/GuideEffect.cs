namespace CatoScim.Host.Tests.GraphQL.Guide;

/// <summary>What running an example does, which decides its key and its place in the run.</summary>
internal enum GuideEffect
{
    /// <summary>A query: runs with a VIEWER and an EDITOR key, before anything changes.</summary>
    Read,

    /// <summary>A mutation that keeps the seeded entities usable.</summary>
    Change,

    /// <summary>A revoke or delete: runs last, on entities seeded for it.</summary>
    Destroy,
}
