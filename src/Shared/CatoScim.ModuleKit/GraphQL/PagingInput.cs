namespace CatoScim.ModuleKit.GraphQL;

public sealed class PagingInput
{
    public const int MaxLimit = 1000;

    public int From { get; set; }
    public int Limit { get; set; } = 50;

    /// <param name="path">Where the client wrote this paging, e.g. `input.paging`; errors name `{path}.from` or `{path}.limit`.</param>
    public PagingInput Validated(string path)
    {
        if (From < 0)
        {
            throw GraphQLErrors.Validation($"{path}.from", "paging.from must be 0 or more.");
        }

        if (Limit is < 1 or > MaxLimit)
        {
            throw GraphQLErrors.Validation($"{path}.limit", $"paging.limit must be between 1 and {MaxLimit}.");
        }

        return this;
    }
}
