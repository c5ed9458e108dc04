namespace CatoScim.Bench;

/// <summary>Okta provisioning: existence check by userName, then POST /Users.</summary>
internal sealed class CreatePhase : IBenchPhase
{
    public string Name => "create";

    public bool RequiresCreatedUsers => false;

    public async Task RunAsync(BenchContext context)
    {
        var users = await UserProvisioner.CreateAsync(
            context, "", context.Options.Users, context.Stats("create.lookup"), context.Stats("create.post"));
        context.SetUsers(users);
    }
}
