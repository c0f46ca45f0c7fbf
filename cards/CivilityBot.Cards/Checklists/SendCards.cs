using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Checklists;

public static class SendCards
{
    public static AdaptiveCard Preview(SendPreviewModel model)
    {
        var body = new List<CardElement>
        {
            new TextBlock(model.Title) { Size = CardStyles.Large, Weight = CardStyles.Bolder },
            new TextBlock(model.Summary),
            new TextBlock(model.RecipientsLine) { IsSubtle = true },
        };
        body.AddRange(model.UnreachableLines.Select(line => new TextBlock(line) { Color = CardStyles.Warning, Spacing = CardStyles.SpacingSmall }));
        var data = new Dictionary<string, string> { [ChecklistFields.Batch] = model.BatchId };
        body.Add(new ActionSet(
        [
            ChecklistCards.Execute(model.ConfirmTitle, ChecklistVerbs.SendConfirm, data, CardStyles.Positive, CardData.NoInputs),
            ChecklistCards.Execute(model.CancelTitle, ChecklistVerbs.SendCancel, data, null, CardData.NoInputs),
        ])
        {
            Separator = true,
        });
        return new AdaptiveCard { Body = body };
    }
}
