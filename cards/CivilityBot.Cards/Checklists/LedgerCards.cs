using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Checklists;

public static class LedgerCards
{
    public static AdaptiveCard Download(LedgerCardModel model) => new()
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
