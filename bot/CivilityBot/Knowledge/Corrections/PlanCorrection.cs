namespace CivilityBot.Knowledge.Corrections;

/// <summary>
/// One correction as a coordinator asks for it: <see cref="Target"/> names what changes (an indicator or sub-criterion
/// id, a department, a phase number, a person) and <see cref="Value"/> the new value, written as a user writes it
/// (owners "团委 汪珂吉、办公室 宋伟", dates "2026-08-01至2026-10-31").
/// </summary>
public sealed record PlanCorrection(PlanCorrectionKind Kind, string Target, string Value);
