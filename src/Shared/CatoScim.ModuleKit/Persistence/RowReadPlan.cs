using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CatoScim.ModuleKit.Persistence;

/// <summary>One entity type's table, columns and materializer (see <see cref="RowReader"/>).</summary>
public sealed class RowReadPlan<T>
    where T : class, new()
{
    private readonly Dictionary<string, (string Column, IProperty Property)> _byProperty;
    private readonly RowReadColumn[] _columns;

    private RowReadPlan(string table, Dictionary<string, (string Column, IProperty Property)> byProperty, RowReadColumn[] columns)
    {
        Table = table;
        _byProperty = byProperty;
        _columns = columns;
        Columns = string.Join(", ", columns.Select(c => c.Name));
    }

    /// <summary>The delimited table name.</summary>
    public string Table { get; }

    /// <summary>Every mapped column, delimited, in the order <see cref="Read"/> expects them.</summary>
    public string Columns { get; }

    public int ColumnCount => _columns.Length;

    /// <summary>The delimited column of a property, for WHERE clauses.</summary>
    public string Column(string propertyName) => _byProperty[propertyName].Column;

    /// <summary>Adds a parameter converted the way EF writes the property (e.g. a Guid as SQLite TEXT).</summary>
    public void Bind(DbCommand command, string parameterName, string propertyName, object? value)
    {
        var property = _byProperty[propertyName].Property;
        var mapping = (RelationalTypeMapping)property.GetTypeMapping();
        command.Parameters.Add(mapping.CreateParameter(command, parameterName, value, property.IsNullable));
    }

    /// <summary>Materializes the row's columns from `offset` on (see <see cref="Columns"/>).</summary>
    public T Read(DbDataReader reader, int offset = 0)
    {
        var entity = new T();
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i].Set(entity, _columns[i].Get(reader, offset + i));
        }

        return entity;
    }

    internal static RowReadPlan<T> Build(IModel model, ISqlGenerationHelper sql)
    {
        var entityType = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of this model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var byProperty = new Dictionary<string, (string, IProperty)>(StringComparer.Ordinal);
        var columns = new List<RowReadColumn>();
        foreach (var property in entityType.GetProperties())
        {
            if (property.IsShadowProperty())
            {
                throw new NotSupportedException($"{typeof(T).Name}.{property.Name} is a shadow property; RowReader needs CLR members.");
            }

            var name = sql.DelimitIdentifier(property.GetColumnName(table)!);
            byProperty[property.Name] = (name, property);
            columns.Add(new RowReadColumn(name, Getter(property), Setter(property)));
        }

        return new RowReadPlan<T>(sql.DelimitIdentifier(table.Name, table.Schema), byProperty, [.. columns]);
    }

    private static Func<DbDataReader, int, object?> Getter(IProperty property)
    {
        var mapping = (RelationalTypeMapping)property.GetTypeMapping();
        var provider = mapping.Converter?.ProviderClrType ?? property.ClrType;
        provider = Nullable.GetUnderlyingType(provider) ?? provider;
        var reader = Expression.Parameter(typeof(DbDataReader));
        var ordinal = Expression.Parameter(typeof(int));
        var read = Expression.Call(reader, nameof(DbDataReader.GetFieldValue), [provider], ordinal);
        var body = Expression.Condition(
            Expression.Call(reader, nameof(DbDataReader.IsDBNull), null, ordinal),
            Expression.Constant(null, typeof(object)),
            Expression.Convert(read, typeof(object)));
        var raw = Expression.Lambda<Func<DbDataReader, int, object?>>(body, reader, ordinal).Compile();
        var converter = mapping.Converter;
        return converter is null ? raw : (r, i) => raw(r, i) is { } value ? converter.ConvertFromProvider(value) : null;
    }

    private static Action<T, object?> Setter(IProperty property)
    {
        var entity = Expression.Parameter(typeof(T));
        var value = Expression.Parameter(typeof(object));
        var typed = Expression.Convert(value, property.ClrType);
        if (property.PropertyInfo?.SetMethod is { } setter)
        {
            return Expression.Lambda<Action<T, object?>>(Expression.Call(entity, setter, typed), entity, value).Compile();
        }

        var field = property.GetMemberInfo(forMaterialization: true, forSet: true) as FieldInfo
            ?? throw new NotSupportedException($"{typeof(T).Name}.{property.Name} has no settable member.");
        return field.IsInitOnly
            ? (e, v) => field.SetValue(e, v)
            : Expression.Lambda<Action<T, object?>>(Expression.Assign(Expression.Field(entity, field), typed), entity, value).Compile();
    }

    private sealed record RowReadColumn(string Name, Func<DbDataReader, int, object?> Get, Action<T, object?> Set);
}
