namespace CivilityBot.Cards.Model;

/// <summary>Asks Teams to fetch a fresh, user-specific view of the card when listed users open it.</summary>
public sealed record CardRefresh(ActionExecute Action, List<string> UserIds);
