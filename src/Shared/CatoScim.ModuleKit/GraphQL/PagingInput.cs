namespace CatoScim.ModuleKit.GraphQL;

public sealed class PagingInput
{
    public const int MaxLimit = 1000;

    public int From { get; set; }
    public int Limit { get; set; } = 50;

    public PagingInput Validated()
    {
        if (From < 0)
        {
            throw GraphQLErrors.Validation("paging.from must be 0 or more.");
        }

        if (Limit is < 1 or > MaxLimit)
        {
            throw GraphQLErrors.Validation($"paging.limit must be between 1 and {MaxLimit}.");
        }

        return this;
    }
}
