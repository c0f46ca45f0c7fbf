using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Plan;

/// <summary>Builds the plan correction cards (preview, applied, reverted, history) from a <see cref="PlanCardModel"/>.</summary>
public static class PlanCards
{
    public static AdaptiveCard Build(PlanCardModel model)
    {
        var body = new List<CardElement>
        {
            new TextBlock(model.Title) { Size = CardStyles.Large, Weight = CardStyles.Bolder },
            new TextBlock(model.Summary),
        };
        if (model.Facts.Count > 0)
        {
            body.Add(new FactSet([.. model.Facts.Select(fact => new Fact(fact.Label, fact.Value))]));
        }

        body.AddRange(model.Notes.Select(note => new TextBlock(note) { IsSubtle = true, Spacing = CardStyles.SpacingSmall }));
        if (model.Buttons.Count > 0)
        {
            body.Add(new ActionSet([.. model.Buttons.Select(Button)]) { Separator = true });
        }

        return new AdaptiveCard { Body = body };
    }

    // The same Action.Execute with an Action.Submit fallback as every other card family.
    private static ActionExecute Button(PlanCardButton button) =>
        ChecklistCards.Execute(button.Title, button.Verb, new Dictionary<string, string>(button.Data), button.Positive ? CardStyles.Positive : null, CardData.NoInputs);
}
