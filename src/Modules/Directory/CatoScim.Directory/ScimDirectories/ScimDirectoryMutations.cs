using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Directory.ScimDirectories;

/// <summary>SCIM settings and directory fields of `DirectoryMutations`.</summary>
internal static class ScimDirectoryMutations
{
    public static void Add(ObjectGraphType<AccountScope> mutations)
    {
        mutations.Field<NonNullGraphType<UpdateScimSettingsPayloadType>>("updateScimSettings")
            .Description("Turns SCIM provisioning on or off for the account; off refuses every SCIM request with 401.")
            .Argument<NonNullGraphType<UpdateScimSettingsInputType>>("input")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<ScimSettingsUpdater>()
                .UpdateAsync(ctx.Source, ctx.GetArgument<UpdateScimSettingsInput>("input").Enabled, ctx.CancellationToken));
        mutations.Field<NonNullGraphType<CreateScimDirectoryPayloadType>>("createScimDirectory")
            .Argument<NonNullGraphType<CreateScimDirectoryInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<CreateScimDirectoryInput>("input");
                return (object?)await Editor(ctx).CreateAsync(ctx.Source, input.Name, input.Provider, ctx.CancellationToken);
            });
        mutations.Field<NonNullGraphType<UpdateScimDirectoryPayloadType>>("updateScimDirectory")
            .Argument<NonNullGraphType<UpdateScimDirectoryInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<UpdateScimDirectoryInput>("input");
                return (object?)await Editor(ctx).UpdateAsync(ctx.Source, input.DirectoryId, input.Name, input.Provider, ctx.CancellationToken);
            });
        mutations.Field<NonNullGraphType<DeleteScimDirectoryPayloadType>>("deleteScimDirectory")
            .Description("Revokes the directory's tokens and deletes it; its users stay, unlinked, with their state.")
            .Argument<NonNullGraphType<DeleteScimDirectoryInputType>>("input")
            .ResolveAsync(async ctx => (object?)await Editor(ctx).DeleteAsync(ctx.Source,
                ctx.GetArgument<DeleteScimDirectoryInput>("input").DirectoryId, ctx.CancellationToken));
    }

    private static ScimDirectoryEditor Editor(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<ScimDirectoryEditor>();
}
