namespace CivilityBot.People;

/// <summary>What asking the directory for one address gave.</summary>
public enum DirectoryLookupStatus
{
    Found,
    NotFound,
    Ambiguous,
}
