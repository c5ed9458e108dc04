using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Licensing.BulkAssignment;

/// <summary>Bulk USER rule fields of `LicensingMutations`: the admin's "assign SDP licences" step for a selection of users.</summary>
internal static class BulkAssignmentMutations
{
    public static void Add(ObjectGraphType<AccountScope> mutations)
    {
        mutations.Field<NonNullGraphType<AssignLicensesPayloadType>>("assignLicenses")
            .Description($"Creates a USER rule for each of up to {BulkAssignmentEditor.MaxUserIds} users in one transaction; seats go to them "
                + "as to any USER rule, as far as the pool has seats (the others wait, PENDING).")
            .Argument<NonNullGraphType<AssignLicensesInputType>>("input")
            .ResolveAsync(async ctx => (object?)Registered(ctx, await Editor(ctx).AssignAsync(ctx.Source,
                ctx.GetArgument<LicenseUsersInput>("input").UserIds, ctx.CancellationToken)));
        mutations.Field<NonNullGraphType<UnassignLicensesPayloadType>>("unassignLicenses")
            .Description($"Removes the USER rules of up to {BulkAssignmentEditor.MaxUserIds} users in one transaction; a user still covered by "
                + "a GROUP or ALL_SCIM_USERS rule keeps (or waits for) a seat and says so (STILL_COVERED); freed seats go to waiting users.")
            .Argument<NonNullGraphType<UnassignLicensesInputType>>("input")
            .ResolveAsync(async ctx => (object?)Registered(ctx, await Editor(ctx).UnassignAsync(ctx.Source,
                ctx.GetArgument<LicenseUsersInput>("input").UserIds, ctx.CancellationToken)));
    }

    /// <summary>So that each change's rule names and licence rules load in one query for the whole call.</summary>
    private static LicenseChanges Registered(IResolveFieldContext ctx, LicenseChanges result)
    {
        ctx.RequestServices!.GetRequiredService<RuleSubjects>().Register(result.Changes.Where(c => c.Rule is not null).Select(c => c.Rule!));
        ctx.RequestServices!.GetRequiredService<GraphQLBatchKeys>().Add(UserLicenseRules.Keys,
            result.Changes.Where(c => c.License is not null).Select(c => c.License!.UserId));
        return result;
    }

    private static BulkAssignmentEditor Editor(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<BulkAssignmentEditor>();
}
