using GraphQL;

namespace CatoScim.ModuleKit.GraphQL;

/// <summary>
/// An error about one value of the request. The Host writes <see cref="Field"/> as `extensions.field`, the input path
/// as the client wrote it (`input.name`, `input.userIds[3]`, `userIds`), so a form can mark the value it refused.
/// </summary>
public sealed class InputError : ExecutionError
{
    public InputError(string code, string? field, string message)
        : base(message)
    {
        Code = code;
        Field = field;
    }

    /// <summary>Null only when no value of the request caused it (an operation without input refused for the account's state).</summary>
    public string? Field { get; }
}
