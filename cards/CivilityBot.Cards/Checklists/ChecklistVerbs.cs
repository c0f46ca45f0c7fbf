namespace CivilityBot.Cards.Checklists;

/// <summary>Card verbs of the checklist feature (Action.Execute verbs; the Action.Submit fallbacks carry them as "verb").</summary>
public static class ChecklistVerbs
{
    /// <summary>Saves the toggles and evidence of one checklist card.</summary>
    public const string Save = "checklist.save";

    /// <summary>Shows one page of a person's checklist (data: person, page); also refreshes the current page.</summary>
    public const string Page = "checklist.page";

    /// <summary>Opens the sender's own checklist, e.g. from a reminder (no data needed).</summary>
    public const string Open = "checklist.open";

    public const string SendConfirm = "checklist.send.confirm";

    public const string SendCancel = "checklist.send.cancel";
}
