using System.Globalization;
using System.Text.Json;
using CivilityBot.Protocol;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Turns;

/// <summary>A card button press: its verb, its data (card data merged with the input values) and who pressed it.</summary>
public sealed record CardActionTurn(TurnContext Turn, string Verb, JsonElement Data, SenderIdentity Sender)
{
    /// <summary>A string field of the data; null when absent or of another JSON type (a number, an array, null).</summary>
    public string? GetString(string name) => JsonFields.String(Data, name);

    /// <summary>
    /// A non-negative whole number written as a string field (card data carries ids as strings: "12"); null when absent,
    /// of another JSON type, signed, not digits, or too large for an int.
    /// </summary>
    public int? GetNumber(string name) =>
        int.TryParse(GetString(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// True when Teams fetched the card's <c>refresh</c> by itself (<c>trigger: "automatic"</c>) for a user listed in its
    /// <c>userIds</c>: no one pressed anything, so only a read-only verb may answer it.
    /// </summary>
    public bool IsAutomaticRefresh =>
        Turn.Activity.Type == ActivityTypes.Invoke && JsonFields.String(Turn.Activity.Value, "trigger") == AdaptiveCardTriggers.Automatic;

    /// <summary>Where the pressed card lives, so a background job can edit it later.</summary>
    public CardLocation? PressedCard => CardLocation.Of(Turn.Activity);
}
