using System.Text.Json;
using CivilityBot.Protocol;

namespace CivilityBot.Conversations;

/// <summary>A card button press: its verb and data (card data merged with the input values).</summary>
public sealed record CardActionTurn(TurnContext Turn, string Verb, JsonElement Data, ConversationReferenceRecord? Sender)
{
    public string? GetString(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
