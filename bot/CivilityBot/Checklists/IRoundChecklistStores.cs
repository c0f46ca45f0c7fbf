namespace CivilityBot.Checklists;

/// <summary>
/// The checklist state and audit of each campaign round, kept apart so a new round starts empty while an archived
/// round's stay readable. Round 1 is the store the service always had.
/// </summary>
public interface IRoundChecklistStores
{
    /// <summary>The store of round <paramref name="roundId"/> (1, 2, …); the same instance on every call.</summary>
    IChecklistStore For(int roundId);
}
