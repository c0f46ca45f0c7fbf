using System.Text;
using System.Text.Json;

namespace CivilityBot.Tests.Simulator;

/// <summary>A message the simulated Teams accepted: where it went, its id, and the activity as received.</summary>
public sealed record SimulatedMessage(string ConversationId, string ActivityId, JsonElement Activity, DateTimeOffset ReceivedAt)
{
    public string? Summary => Activity.TryGetProperty("summary", out var summary) ? summary.GetString() : null;

    public string? RecipientId =>
        Activity.TryGetProperty("recipient", out var recipient) && recipient.TryGetProperty("id", out var id) ? id.GetString() : null;

    /// <summary>Every string in the activity, decoded and joined: what a person could read, for assertions.</summary>
    public string Content
    {
        get
        {
            var text = new StringBuilder();
            Collect(Activity, text);
            return text.ToString();
        }
    }

    private static void Collect(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                text.Append(element.GetString()).Append('\n');
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, text);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, text);
                }

                break;
        }
    }
}
