namespace CivilityBot.Knowledge;

/// <summary>
/// One department written several ways in the document (法规科 in the table, 政策法规科 in Attachment 1).
/// <see cref="Department"/> is the form the indicators use; <see cref="Aliases"/> resolve to it.
/// </summary>
public sealed record DepartmentAlias(string Department, IReadOnlyList<string> Aliases, string? Note = null);
