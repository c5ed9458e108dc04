using CatoScim.Events.Persistence;
using CatoScim.Events.Provisioning;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Timeline;

/// <summary>The hourly counter table of the Events model.</summary>
internal static class HourlyCountsModel
{
    public static void Configure(ModelBuilder modelBuilder, string schema) =>
        modelBuilder.Entity<EventHourlyCount>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(schema, "HourlyCounts"));
            // Account and hour lead: a summary or a chart reads one account's range of hours.
            e.HasKey(c => new { c.AccountId, c.HourStart, c.DirectoryId, c.Action, c.Operation });
            // The retention removes emptied counters by hour, across accounts.
            e.HasIndex(c => c.HourStart);
            e.Property(c => c.HourStart).HasConversion(EventsDbContext.UtcConverter);
            e.Property(c => c.Action).HasConversion<string>().HasMaxLength(16);
            e.Property(c => c.Operation).HasMaxLength(ProvisioningEvent.OperationMax);
        });
}
