using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Answers;

/// <summary>Builds the question-answering cards (indicator, info, suggestions) as Adaptive Cards 1.5.</summary>
public static class AnswerCards
{
    public static AdaptiveCard Indicator(IndicatorCardModel model)
    {
        var body = new List<CardElement>();
        if (model.Lead is not null) body.Add(new TextBlock(model.Lead) { IsSubtle = true, Size = CardStyles.Small });
        body.Add(Title(model.Title));
        if (model.Subtitle is not null) body.Add(new TextBlock(model.Subtitle) { IsSubtle = true, Spacing = CardStyles.SpacingNone });
        body.Add(new TextBlock(model.CategoryLine) { Color = CardStyles.Accent, Size = CardStyles.Small, Spacing = CardStyles.SpacingSmall });
        body.Add(Heading(model.SubCriteriaHeading));
        body.AddRange(model.SubCriteria.Select(SubCriterion));
        if (model.Facts.Count > 0) body.Add(Facts(model.Facts));
        body.Add(Heading(model.OwnersHeading));
        body.Add(Facts(model.Owners));
        if (model.Footnote is not null) body.Add(Footnote(model.Footnote));
        return Card(body, model.Suggestions);
    }

    public static AdaptiveCard Info(InfoCardModel model)
    {
        var body = new List<CardElement> { Title(model.Title) };
        if (model.Subtitle is not null) body.Add(new TextBlock(model.Subtitle) { IsSubtle = true, Spacing = CardStyles.SpacingNone });
        if (model.Text is not null) body.Add(new TextBlock(model.Text) { Spacing = CardStyles.SpacingSmall });
        if (model.Facts.Count > 0) body.Add(Facts(model.Facts));
        foreach (var section in model.Sections.Where(section => section.Lines.Count > 0))
        {
            body.Add(Heading(section.Heading));
            body.AddRange(section.Lines.Select(Line));
        }

        if (model.Footnote is not null) body.Add(Footnote(model.Footnote));
        return Card(body, model.Suggestions);
    }

    private static AdaptiveCard Card(List<CardElement> body, IReadOnlyList<Suggestion> suggestions) => new()
    {
        Body = body,
        Actions = suggestions.Count == 0 ? null : [.. suggestions.Take(AnswerActions.MaxSuggestions).Select(Ask)],
    };

    private static ActionSubmit Ask(Suggestion suggestion) =>
        new(suggestion.Title, new Dictionary<string, string> { [CardData.Text] = suggestion.Text });

    private static TextBlock Title(string text) => new(text) { Size = CardStyles.Large, Weight = CardStyles.Bolder };

    private static TextBlock Heading(string text) =>
        new(text) { Weight = CardStyles.Bolder, Spacing = CardStyles.SpacingMedium, Separator = true };

    private static TextBlock Footnote(string text) =>
        new(text) { IsSubtle = true, Size = CardStyles.Small, Spacing = CardStyles.SpacingMedium };

    private static FactSet Facts(IReadOnlyList<LabeledValue> facts) =>
        new([.. facts.Select(fact => new Fact(fact.Label, fact.Value))]) { Spacing = CardStyles.SpacingSmall };

    private static ColumnSet SubCriterion(SubCriterionLine line) => new(
    [
        new Column([new TextBlock(line.Id) { Weight = CardStyles.Bolder }]) { Width = CardStyles.Auto },
        new Column(SubCriterionText(line)) { Width = CardStyles.Stretch },
        new Column([new TextBlock(line.Points) { Color = CardStyles.Accent, Weight = CardStyles.Bolder }]) { Width = CardStyles.Auto },
    ])
    { Spacing = CardStyles.SpacingSmall };

    private static List<CardElement> SubCriterionText(SubCriterionLine line)
    {
        var items = new List<CardElement> { new TextBlock(line.Text) };
        if (line.Detail is not null)
        {
            items.Add(new TextBlock(line.Detail) { IsSubtle = true, Size = CardStyles.Small, Spacing = CardStyles.SpacingNone });
        }

        return items;
    }

    private static Container Line(InfoLine line)
    {
        var items = new List<CardElement> { new TextBlock(line.Text) };
        if (line.Detail is not null)
        {
            items.Add(new TextBlock(line.Detail) { IsSubtle = true, Size = CardStyles.Small, Spacing = CardStyles.SpacingNone });
        }

        return new Container(items)
        {
            Spacing = CardStyles.SpacingSmall,
            SelectAction = line.AskText is null ? null : Ask(new Suggestion(line.Text, line.AskText)),
        };
    }
}
