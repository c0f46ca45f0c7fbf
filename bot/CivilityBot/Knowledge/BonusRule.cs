namespace CivilityBot.Knowledge;

/// <summary>特色加分项目: points per national / provincial honour, capped.</summary>
public sealed record BonusRule(
    string Name,
    string Text,
    string? Note,
    int NationalPointsEach,
    int ProvincialPointsEach,
    int MaxPoints,
    IReadOnlyList<string> Methods,
    IReadOnlyList<Owner> Owners);
