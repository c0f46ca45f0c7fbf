using System.Data.Common;
using Npgsql;

namespace CivilityBot.Storage.PostgreSql;

/// <summary>Small helpers the PostgreSQL stores share: UTC instants for <c>timestamptz</c> and typed reads of nullable columns.</summary>
public static class PostgreSqlRows
{
    /// <summary>The same instant with offset zero: Npgsql writes only UTC <see cref="DateTimeOffset"/> values to <c>timestamptz</c>.</summary>
    public static DateTimeOffset Utc(DateTimeOffset at) => at.ToUniversalTime();

    /// <inheritdoc cref="Utc(DateTimeOffset)"/>
    public static DateTimeOffset? Utc(DateTimeOffset? at) => at?.ToUniversalTime();

    /// <summary>The column's value, or null when it is SQL NULL.</summary>
    public static T? Nullable<T>(this DbDataReader reader, string column)
        where T : struct
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);
    }

    /// <summary>The text column's value, or null when it is SQL NULL.</summary>
    public static string? Text(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    /// <summary>Runs <paramref name="sql"/> and maps every row with <paramref name="map"/>.</summary>
    public static List<T> Query<T>(NpgsqlConnection connection, string sql, Func<DbDataReader, T> map, Action<NpgsqlParameterCollection> parameters, NpgsqlTransaction? transaction = null)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        parameters(command.Parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
