namespace CivilityBot.Cards.Answers;

/// <summary>Wire names on answer cards. A suggestion button submits {"text": "..."}, which the bot treats as a typed question.</summary>
public static class AnswerActions
{
    public const string TextKey = "text";

    /// <summary>Teams shows at most a handful of buttons in one row; more would wrap or hide.</summary>
    public const int MaxSuggestions = 5;
}
