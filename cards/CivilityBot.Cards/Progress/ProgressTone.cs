namespace CivilityBot.Cards.Progress;

public enum ProgressTone
{
    Neutral,
    Good,
    Warning,
    Attention,
}
