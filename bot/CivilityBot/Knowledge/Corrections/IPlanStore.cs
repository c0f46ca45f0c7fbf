namespace CivilityBot.Knowledge.Corrections;

/// <summary>The corrections applied to the seed plan, in order; the audit trail is the list itself (nothing is deleted).</summary>
public interface IPlanStore
{
    /// <summary>Stores the change with the next id and returns it as stored.</summary>
    PlanChange Record(PlanChange change);

    /// <summary>Every change, oldest first, reverted ones included.</summary>
    IReadOnlyList<PlanChange> Changes();

    /// <summary>Marks the change reverted; false when there is no such change or it was already reverted.</summary>
    bool Revert(int id, string actorName, DateTimeOffset at);
}
