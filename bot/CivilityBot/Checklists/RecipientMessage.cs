using CivilityBot.Knowledge;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;

namespace CivilityBot.Checklists;

/// <summary>What 发送清单 sends a person: their checklist's first page, in Chinese whatever the coordinator wrote in.</summary>
public static class RecipientMessage
{
    public static Activity Create(string person, ChecklistCardComposer composer, IChecklistProgress progress)
    {
        var composed = composer.Compose(new ChecklistView(person, 1, person, ReplyLanguage.Chinese))!;
        var summary = SendTexts.RecipientSummary(person, progress.OutstandingFor(person).Count, ReplyLanguage.Chinese);
        return CardMessage.Create(summary, composed.Card);
    }
}
