using System.Text.Json;

namespace CivilityBot.Protocol.Schema;

/// <summary>
/// The one way to read JSON that came from outside (card data, <c>value</c>, <c>channelData</c>, <c>entities</c>): every
/// accessor checks the JSON type and answers null for a missing field or a field of another type (a number where a string
/// is expected, an array, <c>null</c>), so no sender can turn a wrong type into an exception.
/// </summary>
public static class JsonFields
{
    /// <summary>The string value of <paramref name="name"/> in an object; null when absent, not a string, or not an object.</summary>
    public static string? String(JsonElement? element, string name) =>
        Field(element, name, JsonValueKind.String) is { } value ? value.GetString() : null;

    /// <summary>The object value of <paramref name="name"/>; null when absent or not an object.</summary>
    public static JsonElement? Object(JsonElement? element, string name) => Field(element, name, JsonValueKind.Object);

    /// <summary>The array value of <paramref name="name"/>; null when absent or not an array.</summary>
    public static JsonElement? Array(JsonElement? element, string name) => Field(element, name, JsonValueKind.Array);

    /// <summary>The string items of an array (anything else in it is skipped); empty when not an array.</summary>
    public static IEnumerable<string> Strings(JsonElement? array) =>
        array is { ValueKind: JsonValueKind.Array } items
            ? items.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)
            : [];

    private static JsonElement? Field(JsonElement? element, string name, JsonValueKind kind) =>
        element is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var field) && field.ValueKind == kind
            ? field
            : null;
}
