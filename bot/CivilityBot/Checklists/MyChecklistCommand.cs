using CivilityBot.People;
using CivilityBot.Turns;

namespace CivilityBot.Checklists;

/// <summary>我的清单 / my checklist: the sender's own checklist, first page.</summary>
public sealed class MyChecklistCommand(ChecklistCardComposer composer) : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        var match = ChecklistCommandPatterns.MyChecklist().Match(message.Text);
        if (!match.Success)
        {
            return false;
        }

        var language = ChecklistCommandPatterns.LanguageOf(match);
        if (await message.RequireRosterAsync(language, cancellationToken) is { } name)
        {
            await ReplyWithChecklistAsync(message, composer, new ChecklistView(name, 1, name, language), cancellationToken);
        }

        return true;
    }

    /// <summary>
    /// Replies with the checklist page (a personal card: in a group chat or channel it goes to the sender's 1:1 chat), or
    /// says the person owns nothing.
    /// </summary>
    public static async Task ReplyWithChecklistAsync(
        MessageTurn message, ChecklistCardComposer composer, ChecklistView view, CancellationToken cancellationToken)
    {
        if (composer.Compose(view) is { } composed)
        {
            await message.ReplyPersonalCardsAsync([new PersonalCard(composed.Summary, composed.Card)], view.Language, cancellationToken);
            return;
        }

        await message.ReplyTextAsync(ChecklistTexts.NothingOwned(view.PersonName, view.Language), cancellationToken);
    }
}
