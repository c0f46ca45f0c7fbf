namespace CivilityBot.Cards.Reminders;

/// <summary>An indicator and the recipient's unfinished sub-criteria under it.</summary>
public sealed record ReminderIndicatorModel(int Number, string Title, IReadOnlyList<ReminderItemModel> Items);
