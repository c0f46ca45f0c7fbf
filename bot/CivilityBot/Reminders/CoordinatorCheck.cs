using CivilityBot.Conversations;
using CivilityBot.People;

namespace CivilityBot.Reminders;

/// <summary>Who is asking, and whether they may send reminders (coordinators only).</summary>
public sealed class CoordinatorCheck(IPeopleDirectory people)
{
    /// <summary>The coordinator's roster name, or null with the refusal to show.</summary>
    public string? Coordinator(ConversationReferenceRecord? sender, bool english, out string refusal)
    {
        var person = people.ResolvePerson(sender);
        refusal = person is null ? ReminderTexts.NotOnRoster
            : english ? ReminderTexts.OnlyCoordinatorsEnglish : ReminderTexts.OnlyCoordinators;
        return person is not null && people.IsCoordinator(person) ? person : null;
    }
}
