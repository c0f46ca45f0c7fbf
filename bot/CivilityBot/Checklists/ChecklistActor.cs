namespace CivilityBot.Checklists;

/// <summary>Who makes a change: the roster name and the Teams identity behind it.</summary>
public sealed record ChecklistActor(string Name, string? AadObjectId);
