using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Progress;

public static class ProgressCards
{
    public static AdaptiveCard Build(ProgressCardModel model)
    {
        var body = new List<CardElement>
        {
            new TextBlock(model.Title) { Size = CardStyles.Large, Weight = CardStyles.Bolder },
            new TextBlock(model.Subtitle) { IsSubtle = true, Spacing = CardStyles.SpacingSmall },
            new FactSet([.. model.Headline.Select(row => new Fact(row.Label, row.Figures))]),
        };
        var actions = new List<CardAction>();
        foreach (var section in model.Sections.Where(section => section.Rows.Count > 0))
        {
            if (section.Collapsed)
            {
                actions.Add(new ActionShowCard($"{model.ShowLabel}{section.Title}", new AdaptiveCard { Body = SectionBody(section) }));
                continue;
            }

            body.Add(new Container(SectionBody(section)) { Separator = true });
        }

        actions.AddRange(model.Buttons.Select(Button));
        return new AdaptiveCard { Body = body, Actions = actions.Count > 0 ? actions : null, Refresh = model.Refresh, Msteams = new TeamsCardProperties() };
    }

    private static List<CardElement> SectionBody(ProgressSection section)
    {
        var items = new List<CardElement> { new TextBlock(section.Title) { Weight = CardStyles.Bolder, Size = CardStyles.Medium } };
        items.AddRange(section.Rows.Select(Row));
        return items;
    }

    private static ColumnSet Row(ProgressRow row) => new(
    [
        // The figures take the width they need and never wrap ("逾期 / 27" stays on one line); the name wraps instead.
        new Column([new TextBlock(row.Label)]) { Width = "stretch" },
        new Column([new TextBlock(row.Figures) { Color = ColorOf(row.Tone), Wrap = false }]) { Width = "auto" },
    ])
    {
        Spacing = CardStyles.SpacingSmall,
    };

    private static string? ColorOf(ProgressTone tone) => tone switch
    {
        ProgressTone.Good => CardStyles.Good,
        ProgressTone.Warning => CardStyles.Warning,
        ProgressTone.Attention => CardStyles.Attention,
        _ => null,
    };

    private static ActionExecute Button(ProgressButton button) =>
        ChecklistCards.Execute(button.Title, button.Verb, new Dictionary<string, string>(button.Data), null, CardData.NoInputs);
}
