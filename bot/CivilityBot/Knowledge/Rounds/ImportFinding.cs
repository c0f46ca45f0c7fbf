namespace CivilityBot.Knowledge.Rounds;

/// <summary>One line of an import's validation report, in Chinese and English; <see cref="Row"/> is the sheet row (1-based) when known.</summary>
public sealed record ImportFinding(ImportSeverity Severity, string Chinese, string English, int? Row = null);
