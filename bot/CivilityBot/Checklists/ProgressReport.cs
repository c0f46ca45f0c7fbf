using CivilityBot.Knowledge;

namespace CivilityBot.Checklists;

/// <summary>Progress of everything (coordinators) or of one person's indicators, on one local day.</summary>
public sealed record ProgressReport(
    string? PersonName,
    DateOnly Today,
    PhaseStatus Phase,
    ProgressFigures Totals,
    IReadOnlyList<(Category Category, ProgressFigures Figures)> Categories,
    IReadOnlyList<(Indicator Indicator, ProgressFigures Figures)> Indicators,
    IReadOnlyList<(string Person, ProgressFigures Figures)> Owners,
    IReadOnlyList<ProgressItem> Open)
{
    /// <summary>Owners who appear only as a reading (宋衍, or 雷方 paired by position), so the card can mark them.</summary>
    public IReadOnlyDictionary<string, Owner> Readings { get; init; } = new Dictionary<string, Owner>();
}
