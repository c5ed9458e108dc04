namespace CatoScim.Host.Tests.Infrastructure;

/// <summary>A fresh host per test with one account and an EDITOR GraphQL client for it.</summary>
public abstract class AccountTestBase(CatoScimFactory factory) : IAsyncLifetime
{
    protected CatoScimFactory Factory { get; } = factory;

    protected Guid AccountId { get; private set; }

    protected GraphQLTestClient Client { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        string key;
        (AccountId, key) = await Factory.CreateAccountAsync();
        Client = Factory.GraphQL(key);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
