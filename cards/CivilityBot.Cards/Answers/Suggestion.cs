namespace CivilityBot.Cards.Answers;

/// <summary>A follow-up question offered as a button: <see cref="Title"/> is shown, <see cref="Text"/> is asked.</summary>
public sealed record Suggestion(string Title, string Text);
