using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Reminders;

/// <summary>Buttons of reminder cards: Action.Execute with an Action.Submit fallback that carries the verb.</summary>
public static class ReminderActions
{
    public static ActionExecute Execute(string title, string verb, Dictionary<string, string> data, string? style = null, bool sendInputs = false)
    {
        var submitData = new Dictionary<string, string>(data) { [CardData.Verb] = verb };
        var inputs = sendInputs ? null : CardData.NoInputs;
        return new ActionExecute(title, verb, data)
        {
            Style = style,
            AssociatedInputs = inputs,
            Fallback = new ActionSubmit(title, submitData) { AssociatedInputs = inputs },
        };
    }

    public static Dictionary<string, string> Data(string key, string value) => new() { [key] = value };
}
