using CatoScim.Events.Persistence;
using CatoScim.Events.Provisioning;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Events;

/// <summary>Writes provisioning events straight to the Events tables, for tests about reading them.</summary>
internal static class EventSeed
{
    public static async Task AddAsync(this CatoScimFactory factory, params object[] rows)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        db.AddRange(rows);
        await db.SaveChangesAsync();
    }

    public static ProvisioningEvent Event(Guid accountId, DateTime time, string operation = "USER_CREATED",
        ProvisioningAction action = ProvisioningAction.Success, string userName = "ann@acme.com", Guid? directoryId = null,
        Guid? resourceId = null, string? reason = null, int? status = null, string? externalId = null, string resourceType = "USER",
        string source = "SCIM") => new()
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(time)),
            AccountId = accountId,
            MessageId = Guid.NewGuid(),
            Time = time,
            Action = action,
            Operation = operation,
            DirectoryId = directoryId,
            ResourceType = resourceType,
            ResourceId = resourceId ?? Guid.NewGuid(),
            DisplayName = userName,
            ExternalId = externalId,
            Message = $"SCIM {operation} {userName}",
            Reason = reason,
            HttpStatus = status,
            Source = source,
        };
}
