namespace CivilityBot.Cards.Progress;

/// <summary>A titled block of rows (per category, per indicator, per owner, late items).</summary>
public sealed record ProgressSection(string Title, IReadOnlyList<ProgressRow> Rows)
{
    /// <summary>Collapsed behind a "show" button so long sections do not bury the headline.</summary>
    public bool Collapsed { get; init; }
}
