using System.Text.Json;
using CivilityBot.Protocol;

namespace CivilityBot.Conversations;

/// <summary>A message as the features see it: the text without the bot mention, and who sent it.</summary>
public sealed record MessageTurn(TurnContext Turn, string Text, ConversationReferenceRecord? Sender)
{
    /// <summary>Action.Submit data (older clients' fallback for Action.Execute), when the message came from a card.</summary>
    public JsonElement? SubmitData => Turn.Activity.Value is { ValueKind: JsonValueKind.Object } value ? value : null;
}
