using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.People;

public static class PeopleCards
{
    public static AdaptiveCard Roster(RosterCardModel model)
    {
        var body = new List<CardElement>
        {
            new TextBlock(model.Title) { Size = CardStyles.Large, Weight = CardStyles.Bolder },
            new TextBlock(model.Summary) { IsSubtle = true, Spacing = CardStyles.SpacingSmall },
        };
        body.AddRange(model.People.Select((person, index) => Row(person, model.Text, index == 0)));
        body.Add(new TextBlock(model.Text.Hint) { Size = CardStyles.Small, IsSubtle = true, Separator = true });
        return new AdaptiveCard { Body = body, Msteams = new TeamsCardProperties() };
    }

    private static List<CardElement> LinkState(PersonRow person, RosterCardText text)
    {
        List<CardElement> state = [new TextBlock(person.Link ?? text.NotLinked) { Color = person.Link is null ? CardStyles.Warning : CardStyles.Good }];
        if (person.Directory is { } directory)
        {
            state.Add(new TextBlock(directory) { IsSubtle = true, Spacing = CardStyles.SpacingSmall });
        }

        return state;
    }

    private static ColumnSet Row(PersonRow person, RosterCardText text, bool first)
    {
        var name = person.IsCoordinator ? $"{person.Name}（{text.Coordinator}）" : person.Name;
        return new ColumnSet(
        [
            new Column([new TextBlock(name) { Weight = CardStyles.Bolder }]) { Width = "2" },
            new Column([new TextBlock(person.Departments) { IsSubtle = true }]) { Width = "2" },
            new Column(LinkState(person, text))
            {
                Width = "3",
            },
        ])
        {
            Separator = first,
            Spacing = CardStyles.SpacingSmall,
        };
    }
}
