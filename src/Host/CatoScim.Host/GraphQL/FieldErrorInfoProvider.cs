using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Execution;

namespace CatoScim.Host.GraphQL;

/// <summary>
/// The default error entry plus `extensions.field` for an <see cref="InputError"/>: the input path it names, next to
/// `extensions.code`, so a UI can put the message beside the value it refused.
/// </summary>
internal sealed class FieldErrorInfoProvider(ErrorInfoProviderOptions options) : ErrorInfoProvider(options)
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is InputError { Field: { } field })
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["field"] = field;
        }

        return info;
    }
}
