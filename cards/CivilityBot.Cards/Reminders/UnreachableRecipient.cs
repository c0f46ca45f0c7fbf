namespace CivilityBot.Cards.Reminders;

/// <summary>Someone the reminder cannot reach, and why (in Chinese).</summary>
public sealed record UnreachableRecipient(string PersonName, string Reason);
