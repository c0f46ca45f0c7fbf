namespace CivilityBot.Knowledge;

/// <summary>A responsible department and person; <see cref="Inferred"/> marks a pairing the table did not print.</summary>
public sealed record Owner(string Department, string Person, bool Inferred = false);
