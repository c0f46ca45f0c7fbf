namespace CivilityBot.Knowledge;

/// <summary>One thing a coordinator should know about the data, in Chinese and English.</summary>
public sealed record DataCheckFinding(DataCheckKind Kind, string Chinese, string English);
