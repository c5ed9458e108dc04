using GraphQL.Types;

namespace CatoScim.ModuleKit.GraphQL;

/// <summary>
/// Lets a module add fields to another module's object type (Licensing's `license` on Directory's `User`) without
/// either module referencing the other: the owner hands over how to read the key from its source objects.
/// </summary>
public interface IObjectFieldContributor
{
    string TypeName { get; }

    void AddFields(IComplexGraphType type, Func<object, Guid> keyOf);
}
