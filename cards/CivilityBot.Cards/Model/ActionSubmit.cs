namespace CivilityBot.Cards.Model;

/// <summary>Arrives at the bot as a message activity whose value holds <see cref="Data"/> plus the inputs.</summary>
public sealed class ActionSubmit(string title, Dictionary<string, string>? data = null) : CardAction(title)
{
    public Dictionary<string, string>? Data { get; } = data;

    public string? AssociatedInputs { get; init; }
}
