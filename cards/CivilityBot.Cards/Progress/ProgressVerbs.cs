namespace CivilityBot.Cards.Progress;

/// <summary>Card verbs of the progress cards.</summary>
public static class ProgressVerbs
{
    /// <summary>
    /// The user-specific view of a progress card posted in a group chat or channel (its <c>refresh</c> verb; data: lang).
    /// Read-only: answering it changes nothing.
    /// </summary>
    public const string View = "progress.view";
}
