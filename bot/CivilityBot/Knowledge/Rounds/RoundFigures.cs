namespace CivilityBot.Knowledge.Rounds;

/// <summary>What a round's checklists hold: sub-criteria ticked done, sub-criteria in its plan, and checklist changes recorded.</summary>
public sealed record RoundFigures(int Done, int Total, int AuditRows);
