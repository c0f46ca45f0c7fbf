namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// A round's working records as the features that keep them report them (the checklists implement it), so the round
/// cards can say what is archived without knowing how checklists are stored.
/// </summary>
public interface IRoundRecords
{
    /// <summary>The figures of round <paramref name="roundId"/> against its plan <paramref name="plan"/>.</summary>
    RoundFigures Figures(int roundId, Campaign plan);
}
