namespace CivilityBot.People;

/// <summary>Where an import preview stands: waiting for confirmation, applied, cancelled, or overtaken by another import.</summary>
public enum RosterImportState
{
    Draft,
    Applied,
    Cancelled,
}
