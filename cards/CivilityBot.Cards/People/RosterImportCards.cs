using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.People;

/// <summary>Builds the staff list import cards from a <see cref="RosterImportCardModel"/>; long sections are cut to stay inside the message budget.</summary>
public static class RosterImportCards
{
    /// <summary>Most lines shown per section; the rest are counted ("……另有 12 行").</summary>
    public const int LinesShown = 30;

    public static AdaptiveCard Build(RosterImportCardModel model)
    {
        var body = new List<CardElement>
        {
            new TextBlock(model.Title) { Size = CardStyles.Large, Weight = CardStyles.Bolder },
            new TextBlock(model.Summary),
        };
        foreach (var (heading, lines) in model.Sections.Where(section => section.Lines.Count > 0))
        {
            body.Add(new TextBlock($"{heading}（{lines.Count}）") { Weight = CardStyles.Bolder, Spacing = CardStyles.SpacingMedium });
            body.AddRange(lines.Take(LinesShown).Select(line => new TextBlock(line) { Spacing = CardStyles.SpacingSmall }));
            if (lines.Count > LinesShown)
            {
                body.Add(new TextBlock($"……另有 {lines.Count - LinesShown} 行") { IsSubtle = true, Spacing = CardStyles.SpacingSmall });
            }
        }

        body.AddRange(model.Notes.Select(note => new TextBlock(note) { IsSubtle = true, Spacing = CardStyles.SpacingMedium }));
        if (model.ButtonData is { } data)
        {
            body.Add(new ActionSet(
            [
                ChecklistCards.Execute("确认导入", RosterImportVerbs.Confirm, new Dictionary<string, string>(data), CardStyles.Positive, CardData.NoInputs),
                ChecklistCards.Execute("取消", RosterImportVerbs.Cancel, new Dictionary<string, string>(data), null, CardData.NoInputs),
            ]) { Separator = true });
        }

        return new AdaptiveCard { Body = body };
    }
}
