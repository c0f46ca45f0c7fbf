using System.Text.Json;
using CivilityBot.Protocol;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Turns;

/// <summary>A card button press: its verb, its data (card data merged with the input values) and who pressed it.</summary>
public sealed record CardActionTurn(TurnContext Turn, string Verb, JsonElement Data, SenderIdentity Sender)
{
    /// <summary>A string field of the data; null when absent or of another JSON type (a number, an array, null).</summary>
    public string? GetString(string name) => JsonFields.String(Data, name);

    /// <summary>Where the pressed card lives, so a background job can edit it later.</summary>
    public CardLocation? PressedCard => CardLocation.Of(Turn.Activity);
}
