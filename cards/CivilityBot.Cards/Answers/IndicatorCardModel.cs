namespace CivilityBot.Cards.Answers;

/// <summary>
/// Everything an indicator card shows, already in the reply language: the bot words it, the card only lays it out.
/// </summary>
public sealed record IndicatorCardModel(
    string Title,
    string? Subtitle,
    string CategoryLine,
    string SubCriteriaHeading,
    IReadOnlyList<SubCriterionLine> SubCriteria,
    IReadOnlyList<LabeledValue> Facts,
    string OwnersHeading,
    IReadOnlyList<LabeledValue> Owners,
    IReadOnlyList<Suggestion> Suggestions)
{
    /// <summary>A line above the title, e.g. why this indicator was picked for a topic question.</summary>
    public string? Lead { get; init; }

    /// <summary>Small print under the owners, e.g. an inferred owner or the alternatives to a topic match.</summary>
    public string? Footnote { get; init; }
}
