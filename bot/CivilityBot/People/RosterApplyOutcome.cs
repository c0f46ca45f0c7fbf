namespace CivilityBot.People;

/// <summary>What confirming an import preview did.</summary>
public enum RosterApplyOutcome
{
    /// <summary>The list now is the preview's list; one audit row per person added, changed or removed.</summary>
    Applied,

    /// <summary>No such preview (or a preview of an unusable file).</summary>
    NotFound,

    /// <summary>The preview was applied or cancelled already; nothing changed now.</summary>
    AlreadyDecided,

    /// <summary>Another import was applied after this preview was made; nothing changed.</summary>
    Stale,
}
