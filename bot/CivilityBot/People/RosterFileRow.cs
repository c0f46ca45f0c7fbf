namespace CivilityBot.People;

/// <summary>One data row of a staff list file: its line number as a spreadsheet shows it (the header is line 1) and the entry it gives.</summary>
public sealed record RosterFileRow(int Line, RosterEntry Entry);
