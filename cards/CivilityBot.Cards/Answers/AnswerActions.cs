namespace CivilityBot.Cards.Answers;

/// <summary>Limits of answer cards (a suggestion button submits <see cref="Model.CardData.Text"/>).</summary>
public static class AnswerActions
{
    /// <summary>Teams shows at most a handful of buttons in one row; more would wrap or hide.</summary>
    public const int MaxSuggestions = 5;
}
