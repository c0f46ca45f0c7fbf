using CivilityBot.Cards.Model;

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

    /// <summary>Set on a card posted in a shared conversation, so that listed members see their own view of it.</summary>
    public CardRefresh? Refresh { get; init; }
}
