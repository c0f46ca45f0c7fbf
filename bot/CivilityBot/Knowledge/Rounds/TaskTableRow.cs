namespace CivilityBot.Knowledge.Rounds;

/// <summary>One sheet row of the task breakdown table, its merged cells filled in; <see cref="Row"/> is 1-based.</summary>
internal sealed record TaskTableRow(int Row, string Number, string Content, string Criteria, string Methods, string Departments, string People);
