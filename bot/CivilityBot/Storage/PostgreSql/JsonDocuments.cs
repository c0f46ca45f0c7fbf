using System.Text.Json;
using System.Text.Json.Serialization;

namespace CivilityBot.Storage.PostgreSql;

/// <summary>
/// How the PostgreSQL stores write the bot's own records into <c>jsonb</c> columns and read them back: System.Text.Json
/// with enums as names, so a record round-trips field for field. Only the bot writes these documents.
/// </summary>
public static class JsonDocuments
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The record as JSON text, for a <c>jsonb</c> parameter.</summary>
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>The record read back from a <c>jsonb</c> column's text.</summary>
    /// <exception cref="JsonException">The document is not a <typeparamref name="T"/>.</exception>
    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored document is not a {typeof(T).Name}: null.");
}
