using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Licensing.Rules;

internal sealed class LicenseRuleGraphType : ObjectGraphType<LicenseRule>
{
    public LicenseRuleGraphType()
    {
        Name = "LicenseRule";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<EnumerationGraphType<LicenseRuleKind>>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<IdGraphType>("userId").Resolve(ctx => ctx.Source.UserId);
        Field<IdGraphType>("groupId").Resolve(ctx => ctx.Source.GroupId);
        Field<RuleUserGraphType>("user").Description("The user a USER rule names; null for other kinds.")
            .ResolveAsync(async ctx => await Subjects(ctx).UserAsync(ctx.Source, ctx.CancellationToken));
        Field<RuleGroupGraphType>("group").Description("The group a GROUP rule names (still named when orphaned); null for other kinds.")
            .ResolveAsync(async ctx => await Subjects(ctx).GroupAsync(ctx.Source, ctx.CancellationToken));
        Field<NonNullGraphType<AuditType>>("audit")
            .Description("Updated when the rule is orphaned (by `system`: the IdP deleted its group).")
            .Resolve(ctx => new Audit(ctx.Source.CreatedAt, ctx.Source.CreatedBy, ctx.Source.UpdatedAt, ctx.Source.UpdatedBy));
        Field<NonNullGraphType<BooleanGraphType>>("orphaned")
            .Description("The GROUP rule's group was deleted: the rule covers nobody until an admin deletes it.")
            .Resolve(ctx => ctx.Source.OrphanedAt is not null);
        Field<DateTimeGraphType>("orphanedAt").Resolve(ctx => ctx.Source.OrphanedAt);
    }

    private static RuleSubjects Subjects(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<RuleSubjects>();
}
