namespace CivilityBot.Cards.Progress;

/// <summary>A progress card: a headline with the key figures, then sections.</summary>
public sealed record ProgressCardModel(
    string Title,
    string Subtitle,
    IReadOnlyList<ProgressRow> Headline,
    IReadOnlyList<ProgressSection> Sections,
    string ShowLabel)
{
    public IReadOnlyList<ProgressButton> Buttons { get; init; } = [];
}
