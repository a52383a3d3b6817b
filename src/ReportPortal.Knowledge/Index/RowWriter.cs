using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ReportPortal.Knowledge.Index;

/// <summary>Writes rows of an entity type of <see cref="PortalDb"/> with one prepared <c>INSERT</c> per table,
/// through the context's own connection and transaction. Table and column names and value conversions (JSON for
/// lists) come from the EF Core model, so the schema stays defined in one place; the change tracker is not used,
/// which makes writing tens of thousands of rows an order of magnitude faster than <c>SaveChanges</c>.</summary>
internal sealed class RowWriter<T> : IDisposable
    where T : class
{
    private readonly SqliteCommand _command;
    private readonly (SqliteParameter Parameter, Func<T, object?> Read)[] _columns;

    /// <param name="db">The context whose connection (open) and current transaction are used.</param>
    /// <param name="withKey">Whether a generated integer key is written too (the caller chose the ids).</param>
    public RowWriter(PortalDb db, bool withKey = false)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties()
            .Where(p => withKey || !(p.IsPrimaryKey() && p.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd))
            .ToList();

        _command = ((SqliteConnection)db.Database.GetDbConnection()).CreateCommand();
        _command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        _command.CommandText =
            $"INSERT INTO \"{table.Name}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""))}) " +
            $"VALUES ({string.Join(", ", properties.Select((_, i) => $"$p{i}"))})";
        _columns = [.. properties.Select((p, i) => (_command.Parameters.Add(new SqliteParameter { ParameterName = $"$p{i}" }), Reader(p)))];
        _command.Prepare();
    }

    public int Count { get; private set; }

    public void Add(T row)
    {
        foreach (var (parameter, read) in _columns)
        {
            parameter.Value = read(row) ?? DBNull.Value;
        }

        _command.ExecuteNonQuery();
        Count++;
    }

    public void AddRange(IEnumerable<T> rows)
    {
        foreach (var row in rows)
        {
            Add(row);
        }
    }

    public void Dispose() => _command.Dispose();

    /// <summary>Reads a property's value as the provider stores it (a list becomes its JSON text, as EF Core writes it).</summary>
    private static Func<T, object?> Reader(IProperty property)
    {
        var getter = property.GetGetter();
        var converter = property.GetTypeMapping().Converter;
        return converter is null
            ? row => getter.GetClrValue(row)
            : row => getter.GetClrValue(row) is { } value ? converter.ConvertToProvider(value) : null;
    }
}
