namespace CivilityBot.Knowledge.Rounds;

/// <summary>How much an import finding matters: an error leaves nothing to apply, a warning needs a coordinator's look.</summary>
public enum ImportSeverity
{
    Warning,
    Error,
}
