using CivilityBot.Cards.People;
using CivilityBot.Knowledge;
using CivilityBot.Turns;

namespace CivilityBot.People;

/// <summary>
/// 人员 / people: the roster with link state and roles, for coordinators; with Graph on, also what the directory sync and
/// the installer last said about each person (not found, ambiguous, left, moved, installed), by name.
/// </summary>
public sealed class RosterCommand(IPeopleDirectory people, IPlan plan, IDirectoryRecordStore directory) : IMessageCommand
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
            people.IsCoordinator(person.Name))
        {
            Directory = DirectoryNote(directory.Find(person.Name)),
        }).ToList();
        var summary = PeopleReplies.RosterSummary(rows.Count, rows.Count(row => row.Link is not null), rows.Count(row => row.IsCoordinator), language);
        var text = language == ReplyLanguage.English ? RosterCardText.English : RosterCardText.Chinese;
        return new RosterCardModel(PeopleReplies.RosterTitle(language), summary, rows, text);
    }

    /// <summary>The directory's and the installer's word on the person, e.g. "通讯录中找不到（x）"; null when there is nothing to say.</summary>
    private static string? DirectoryNote(DirectoryRecord? record)
    {
        if (record is null || record.Status == DirectoryStatus.NoAddress)
        {
            return null;
        }

        var notes = new[] { record.Reason, record.Change, DirectoryTexts.Install(record) }.Where(note => !string.IsNullOrEmpty(note)).ToList();
        return notes.Count == 0 ? null : string.Join("；", notes);
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
