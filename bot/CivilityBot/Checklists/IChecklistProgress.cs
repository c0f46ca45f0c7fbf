namespace CivilityBot.Checklists;

/// <summary>Read side of the checklists that reminders need.</summary>
public interface IChecklistProgress
{
    /// <summary>The person's unfinished sub-criteria, ordered by indicator number then sub-criterion.</summary>
    IReadOnlyList<OutstandingItem> OutstandingFor(string personName);
}
