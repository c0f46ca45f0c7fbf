namespace CivilityBot.People;

/// <summary>Who wrote, as the features need it: the roster person (null when not on the roster) and their role.</summary>
public sealed record SenderIdentity(string? PersonName, bool IsCoordinator, string? AadObjectId)
{
    public bool IsOnRoster => PersonName is not null;
}
