using System.Text;
using System.Text.Json;

namespace CivilityBot.Tests.Reminders;

/// <summary>Every string in a JSON value, decoded: what a person reading the card or message would see (and more).</summary>
internal static class JsonText
{
    public static string Of(JsonElement element)
    {
        var text = new StringBuilder();
        Collect(element, text);
        return text.ToString();
    }

    /// <summary>The data of the first Action.Execute with this verb anywhere in the card.</summary>
    public static JsonElement? ActionData(JsonElement card, string verb)
    {
        JsonElement? found = null;
        Walk(card, e =>
        {
            if (found is null && e.ValueKind == JsonValueKind.Object && e.TryGetProperty("verb", out var v)
                && v.ValueKind == JsonValueKind.String && v.GetString() == verb && e.TryGetProperty("data", out var data))
            {
                found = data;
            }
        });
        return found;
    }

    /// <summary>Every Action.OpenUrl target in the card.</summary>
    public static IEnumerable<string> Urls(JsonElement element)
    {
        var urls = new List<string>();
        Walk(element, e =>
        {
            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var type) && type.GetString() == "Action.OpenUrl")
            {
                urls.Add(e.GetProperty("url").GetString()!);
            }
        });
        return urls;
    }

    private static void Collect(JsonElement element, StringBuilder text) => Walk(element, e =>
    {
        if (e.ValueKind == JsonValueKind.String)
        {
            text.Append(e.GetString()).Append('\n');
        }
    });

    private static void Walk(JsonElement element, Action<JsonElement> visit)
    {
        visit(element);
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                Walk(property.Value, visit);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, visit);
            }
        }
    }
}
