using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CatoScim.ModuleKit.Persistence;

/// <summary>
/// The read side of <see cref="RowInserter"/>: the column list of an entity and a materializer built from the EF
/// model (columns, quoting, value conversions, backing members), for hand-written SQL on a
/// <see cref="SqlitePreparedSession"/>. What it reads is what an untracked EF query would have returned.
/// </summary>
public static class RowReader
{
    private static readonly ConcurrentDictionary<(IModel Model, Type Type), object> Plans = new();

    public static RowReadPlan<T> For<T>(IModel model, ISqlGenerationHelper sql)
        where T : class, new() =>
        (RowReadPlan<T>)Plans.GetOrAdd((model, typeof(T)), static (key, helper) => RowReadPlan<T>.Build(key.Model, helper), sql);
}
