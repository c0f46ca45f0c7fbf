using System.Text.Json;
using System.Text.Json.Nodes;

namespace CivilityBot.Tests.Checklists;

/// <summary>Does with a card what Teams does: finds a button and merges the card's input values into its data.</summary>
internal static class CardClient
{
    /// <summary>The data an Action.Execute with <paramref name="verb"/> sends, inputs included, after <paramref name="edit"/>.</summary>
    public static JsonObject Press(JsonElement card, string verb, Action<Dictionary<string, string>>? edit = null)
    {
        var action = Actions(card).First(action => action.GetProperty("verb").GetString() == verb);
        var values = new Dictionary<string, string>();
        if (!action.TryGetProperty("associatedInputs", out var inputs) || inputs.GetString() != "none")
        {
            foreach (var input in Inputs(card))
            {
                values[input.GetProperty("id").GetString()!] = input.TryGetProperty("value", out var value) ? value.GetString()! : string.Empty;
            }
        }

        edit?.Invoke(values);
        var data = JsonNode.Parse(action.GetProperty("data").GetRawText())!.AsObject();
        foreach (var (key, value) in values)
        {
            data[key] = value;
        }

        return data;
    }

    public static string? InputValue(JsonElement card, string id) =>
        Inputs(card).FirstOrDefault(input => input.GetProperty("id").GetString() == id) is { ValueKind: JsonValueKind.Object } input
        && input.TryGetProperty("value", out var value) ? value.GetString() : null;

    public static bool HasVerb(JsonElement card, string verb) => Actions(card).Any(action => action.GetProperty("verb").GetString() == verb);

    /// <summary>Every string in the card (decoded, unlike the raw JSON), for "the user sees X" assertions.</summary>
    public static string Text(JsonElement card) => string.Join("\n", Strings(card));

    private static IEnumerable<string> Strings(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.String => [node.GetString()!],
        JsonValueKind.Object => node.EnumerateObject().SelectMany(property => Strings(property.Value)),
        JsonValueKind.Array => node.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private static IEnumerable<JsonElement> Actions(JsonElement node) =>
        Walk(node).Where(element => element.TryGetProperty("type", out var type) && type.GetString() == "Action.Execute");

    private static IEnumerable<JsonElement> Inputs(JsonElement node) =>
        Walk(node).Where(element => element.TryGetProperty("type", out var type) && type.GetString()!.StartsWith("Input.", StringComparison.Ordinal));

    private static IEnumerable<JsonElement> Walk(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            yield return node;
            foreach (var property in node.EnumerateObject().Where(property => property.Name != "fallback"))
            {
                foreach (var child in Walk(property.Value))
                {
                    yield return child;
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in node.EnumerateArray().SelectMany(Walk))
            {
                yield return child;
            }
        }
    }
}
