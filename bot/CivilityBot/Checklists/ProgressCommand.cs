using CivilityBot.Knowledge;
using CivilityBot.People;
using CivilityBot.Turns;

namespace CivilityBot.Checklists;

/// <summary>进度 / progress (coordinators: everything) and 我的进度 / my progress (anyone on the roster).</summary>
public sealed class ProgressCommand(
    ProgressCalculator calculator, ProgressViewers viewers, IEnumerable<IProgressEvidence>? evidence = null) : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        var mine = ChecklistCommandPatterns.MyProgress().Match(message.Text);
        var match = mine.Success ? mine : ChecklistCommandPatterns.Progress().Match(message.Text);
        if (!match.Success)
        {
            return false;
        }

        var language = ChecklistCommandPatterns.LanguageOf(match);
        if (await message.RequireRosterAsync(language, cancellationToken) is not { } name)
        {
            return true;
        }

        if (!mine.Success && SenderChecks.CoordinatorRefusal(message.Sender, language) is not null)
        {
            await message.ReplyTextAsync(message.Sender.RoleAwaitsVerifiedLink ? PeopleReplies.RoleAwaitsVerifiedLink(language) : CoordinatorsOnly(language), cancellationToken);
            return true;
        }

        var report = calculator.Compute(mine.Success ? name : null);
        if (report.Totals.Total == 0)
        {
            await message.ReplyTextAsync(ChecklistTexts.NothingOwned(name, language), cancellationToken);
            return true;
        }

        // The whole progress posted in a group chat or channel refreshes to each listed member's own view.
        var refresh = !mine.Success && message.InSharedConversation ? viewers.Refresh(language) : null;
        var composed = ProgressCardComposer.Compose(report, language, refresh);
        List<PersonalCard> cards = [new(composed.Summary, composed.Card)];

        // The charts come as a card of their own, so the detailed card keeps its size budget.
        if (evidence?.FirstOrDefault()?.Read() is { } counts)
        {
            var charts = ProgressChartComposer.Card(report, counts, language);
            cards.Add(new(charts.Summary, charts.Card));
        }

        if (mine.Success)
        {
            await message.ReplyPersonalCardsAsync(cards, language, cancellationToken); // one's own progress: 1:1 chat only
            return true;
        }

        foreach (var card in cards)
        {
            await message.ReplyCardAsync(card.Summary, card.Card, cancellationToken);
        }

        return true;
    }

    private static string CoordinatorsOnly(ReplyLanguage language) => language == ReplyLanguage.English
        ? "Only coordinators can see the overall progress. Send \"my progress\" to see yours."
        : "只有协调员可以查看总进度。发送“我的进度”可查看您本人的进度。";
}
