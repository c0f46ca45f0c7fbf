using CivilityBot.Cards.People;
using CivilityBot.Knowledge;
using CivilityBot.Turns;

namespace CivilityBot.People;

/// <summary>人员 / people: the roster with link state and roles, for coordinators.</summary>
public sealed class RosterCommand(IPeopleDirectory people, IPlan plan) : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        var match = PeopleCommandPatterns.Roster().Match(message.Text);
        if (!match.Success)
        {
            return false;
        }

        var language = PeopleCommandPatterns.LanguageOf(match);
        if (await message.RequireCoordinatorAsync(language, cancellationToken) is not null)
        {
            var model = Model(language);
            await message.ReplyCardAsync(model.Summary, PeopleCards.Roster(model), cancellationToken);
        }

        return true;
    }

    private RosterCardModel Model(ReplyLanguage language)
    {
        var rows = plan.Current.Roster.Select(person => new PersonRow(
            person.Name,
            string.Join("、", person.Departments),
            Describe(people.FindLink(person.Name), language),
            people.IsCoordinator(person.Name))).ToList();
        var summary = PeopleReplies.RosterSummary(rows.Count, rows.Count(row => row.Link is not null), rows.Count(row => row.IsCoordinator), language);
        var text = language == ReplyLanguage.English ? RosterCardText.English : RosterCardText.Chinese;
        return new RosterCardModel(PeopleReplies.RosterTitle(language), summary, rows, text);
    }

    private static string? Describe(PersonLink? link, ReplyLanguage language)
    {
        if (link is null)
        {
            return null;
        }

        return link.LinkedBy switch
        {
            PersonLinkOrigins.Auto => language == ReplyLanguage.English ? "by display name" : "按显示名自动关联",
            PersonLinkOrigins.Data => language == ReplyLanguage.English ? "from the data" : "按数据文件关联",
            var coordinator => language == ReplyLanguage.English ? $"by {coordinator}" : $"由 {coordinator} 关联",
        };
    }
}
