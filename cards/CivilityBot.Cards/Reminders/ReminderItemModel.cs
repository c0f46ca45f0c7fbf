namespace CivilityBot.Cards.Reminders;

/// <summary>One unfinished sub-criterion in a reminder.</summary>
public sealed record ReminderItemModel(string Id, string Text, int Points);
