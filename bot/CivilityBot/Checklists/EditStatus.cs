namespace CivilityBot.Checklists;

public enum EditStatus
{
    Saved,

    /// <summary>Unknown ids, someone else's item, a wrong indicator or malformed values: nothing was changed.</summary>
    Invalid,

    /// <summary>The sender may not change at least one of the items: nothing was changed.</summary>
    NotAllowed,
}
