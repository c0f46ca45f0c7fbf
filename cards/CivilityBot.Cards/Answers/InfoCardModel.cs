namespace CivilityBot.Cards.Answers;

/// <summary>A general answer card: title, optional intro text, facts, sections of entries and suggestion buttons.</summary>
public sealed record InfoCardModel(
    string Title,
    IReadOnlyList<LabeledValue> Facts,
    IReadOnlyList<InfoSection> Sections,
    IReadOnlyList<Suggestion> Suggestions)
{
    public string? Subtitle { get; init; }

    public string? Text { get; init; }

    public string? Footnote { get; init; }
}
