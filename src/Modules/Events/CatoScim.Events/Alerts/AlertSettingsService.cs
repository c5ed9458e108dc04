using CatoScim.Events.Accounts;
using CatoScim.Events.Audit;
using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Alerts;

internal sealed class AlertSettingsService(EventsDbContext db, TimeProvider time)
{
    public async Task<AlertSettingsView> GetAsync(Guid accountId, CancellationToken ct) =>
        await ViewAsync(await db.AlertSettings.AsNoTracking().FirstOrDefaultAsync(s => s.AccountId == accountId, ct)
            ?? new AlertSettings { AccountId = accountId }, ct);

    /// <param name="consoleOrigin">Where this admin request reached us: the alerts' links use it without `PublicOrigin`.</param>
    public async Task<AlertSettingsView> UpdateAsync(AccountScope scope, UpdateAlertSettingsInput input, string? consoleOrigin, CancellationToken ct)
    {
        var accountId = scope.AccountId;
        if (input.TokenWarningDays is < 1 or > AlertSettings.MaxTokenWarningDays)
        {
            throw GraphQLErrors.Validation("input.tokenWarningDays", $"tokenWarningDays must be between 1 and {AlertSettings.MaxTokenWarningDays}.");
        }

        var copy = await AccountCopies.FindOrAddAsync(db, accountId, ct);
        var settings = await db.AlertSettings.FindAsync([accountId], ct);
        if (settings is null)
        {
            settings = new AlertSettings { AccountId = accountId };
            db.AlertSettings.Add(settings);
        }

        var changed = ChangedFields.Of(
            ("directoryFailing", input.DirectoryFailing is { } failing && failing != settings.DirectoryFailing),
            ("tokenExpiring", input.TokenExpiring is { } expiring && expiring != settings.TokenExpiring),
            ("licensePoolExhausted", input.LicensePoolExhausted is { } pool && pool != settings.LicensePoolExhausted),
            ("tokenWarningDays", input.TokenWarningDays is { } days && days != settings.TokenWarningDays));
        settings.DirectoryFailing = input.DirectoryFailing ?? settings.DirectoryFailing;
        settings.TokenExpiring = input.TokenExpiring ?? settings.TokenExpiring;
        settings.LicensePoolExhausted = input.LicensePoolExhausted ?? settings.LicensePoolExhausted;
        settings.TokenWarningDays = input.TokenWarningDays ?? settings.TokenWarningDays;
        var now = time.GetUtcNow().UtcDateTime;
        copy.NoteConsoleOrigin(consoleOrigin, now);
        if (changed.Count > 0)
        {
            AuditTrail.Record(db, AdminChangeAudited.By(scope.Principal, EventsAuditActions.AlertSettingsUpdated, EventsAuditTargets.AlertSettings,
                accountId.ToString(), changed, now));
        }

        await db.SaveChangesAsync(ct);
        return await ViewAsync(settings, ct);
    }

    /// <summary>Every alert, skipped ones too (they say why nobody was told), newest first.</summary>
    public async Task<AlertList> ListAsync(Guid accountId, PagingInput paging, CancellationToken ct)
    {
        var alerts = db.Alerts.AsNoTracking().Where(a => a.AccountId == accountId);
        var (total, items) = await ReadSnapshot.RunAsync(db, async () =>
            (await alerts.CountAsync(ct), await alerts.OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id).Skip(paging.From).Take(paging.Limit).ToListAsync(ct)), ct);
        return new AlertList(items, new PageInfo(total));
    }

    private async Task<AlertSettingsView> ViewAsync(AlertSettings settings, CancellationToken ct)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.AccountId == settings.AccountId, ct);
        return new AlertSettingsView(settings.DirectoryFailing, settings.TokenExpiring, settings.LicensePoolExhausted, settings.TokenWarningDays,
            account?.AlertRecipients ?? []);
    }
}
