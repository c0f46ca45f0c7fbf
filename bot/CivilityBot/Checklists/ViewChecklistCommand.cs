using CivilityBot.People;
using System.Text.RegularExpressions;
using CivilityBot.Knowledge;
using CivilityBot.Turns;

namespace CivilityBot.Checklists;

/// <summary>查看 宋伟 的清单 / view checklist of 宋伟: a coordinator opens (and may edit) anyone's checklist.</summary>
public sealed class ViewChecklistCommand(IPlan plan, ChecklistCardComposer composer) : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        var (match, language) = Match(message.Text);
        if (match is null || plan.Current.FindPerson(match.Groups["name"].Value) is not { } person)
        {
            return false; // not a roster name: leave it to question answering ("垃圾分类的清单" is a question)
        }

        if (await message.RequireRosterAsync(language, cancellationToken) is null)
        {
            return true;
        }

        var sender = message.Sender;

        if (!sender.IsCoordinator && sender.PersonName != person.Name)
        {
            await message.ReplyTextAsync(ChecklistTexts.NotYourChecklist(language), cancellationToken);
            return true;
        }

        var view = new ChecklistView(person.Name, 1, sender.PersonName, language);
        await MyChecklistCommand.ReplyWithChecklistAsync(message, composer, view, cancellationToken);
        return true;
    }

    private static (Match? Match, ReplyLanguage Language) Match(string text)
    {
        var chinese = ChecklistCommandPatterns.ViewChecklist().Match(text);
        if (chinese.Success)
        {
            return (chinese, ReplyLanguage.Chinese);
        }

        var english = ChecklistCommandPatterns.ViewChecklistEnglish().Match(text);
        return english.Success ? (english, ReplyLanguage.English) : (null, ReplyLanguage.Chinese);
    }
}
