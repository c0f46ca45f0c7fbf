using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Checklists;

public static class LedgerCards
{
    public static AdaptiveCard Download(LedgerCardModel model)
    {
        var card = Ledger(model);
        if (model is { BinderTitle: { } title, BinderUrl: { } url })
        {
            card.Actions!.Insert(0, new ActionOpenUrl(title, url));
        }

        return card;
    }

    private static AdaptiveCard Ledger(LedgerCardModel model) => new()
    {
        Body =
        [
            new TextBlock(model.Title) { Size = CardStyles.Large, Weight = CardStyles.Bolder },
            new TextBlock(model.Summary),
            new TextBlock(model.ExpiryNote) { IsSubtle = true, Size = CardStyles.Small },
        ],
        Actions =
        [
            new ActionOpenUrl(model.XlsxTitle, model.XlsxUrl) { Style = CardStyles.Positive },
            new ActionOpenUrl(model.CsvTitle, model.CsvUrl),
        ],
    };
}
